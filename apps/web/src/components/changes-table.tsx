import type { FieldChange } from "@kyoso/domain";
import { useTranslation } from "react-i18next";

interface Props {
  changes: readonly FieldChange[];
  /** Field names in words; a field without a label shows its own name. */
  labels: Record<string, string>;
  /** A value in words (a date the Japanese way, a role, a region's name). */
  show: (field: string, value: unknown) => string;
  /** For screen readers, when the surrounding text does not already say what the table is. */
  caption?: string;
}

/**
 * The changed fields of one edit, before → after: the audit log and a record's change history both show it.
 * Below ~480 px each field is a card of 変更前/変更後 lines (lists.css, `.data-table--cards`).
 */
export function ChangesTable({ changes, labels, show, caption }: Props) {
  const { t } = useTranslation();
  return (
    <table className="changes-table data-table--cards">
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col" className="plain-th">
            {t("audit.field")}
          </th>
          <th scope="col" className="plain-th">
            {t("audit.before")}
          </th>
          <th scope="col" className="plain-th">
            {t("audit.after")}
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{labels[change.field] ?? change.field}</th>
            <td data-label={t("audit.before")}>{show(change.field, change.before)}</td>
            <td data-label={t("audit.after")}>
              <span aria-hidden="true">→ </span>
              {show(change.field, change.after)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
