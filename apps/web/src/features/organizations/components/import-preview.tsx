import { useTranslation } from "react-i18next";
import { RejectedLinesTable } from "../../../components/rejected-lines-table";
import type { RouterOutputs } from "../../../lib/api-types";

interface Props {
  result: RouterOutputs["organization"]["importPreview"];
  committing: boolean;
  /** How many were created once committed; null before. */
  committed: number | null;
  onCommit: () => void;
}

export function ImportPreview({ result, committing, committed, onCommit }: Props) {
  const { t } = useTranslation();
  const { toCreate, rejected } = result;
  return (
    <section aria-labelledby="preview-heading" className="section">
      <h2 id="preview-heading">{t("organizations.importPage.previewHeading")}</h2>
      <section aria-labelledby="to-create-heading" className="card">
        <h3 id="to-create-heading">{t("organizations.importPage.toCreate", { count: toCreate.length })}</h3>
        {toCreate.length > 0 && (
          <div className="table-scroll">
            <table className="data-table data-table--cards">
              <thead>
                <tr>
                  <th scope="col" className="plain-th">
                    {t("csvLines.line")}
                  </th>
                  <th scope="col" className="plain-th">
                    {t("csvLines.name")}
                  </th>
                  <th scope="col" className="plain-th">
                    {t("organizations.column.type")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {toCreate.map((row) => (
                  <tr key={row.line}>
                    <td className="nowrap">{t("csvLines.lineNumber", { line: row.line })}</td>
                    <td data-label={t("csvLines.name")}>
                      {row.name}
                      {row.nameKana && <span className="org-kana">{row.nameKana}</span>}
                    </td>
                    <td data-label={t("organizations.column.type")}>{t(`organizationType.${row.type}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="rejected-heading" className="card">
        <h3 id="rejected-heading">{t("organizations.importPage.rejected", { count: rejected.length })}</h3>
        {rejected.length > 0 && (
          <RejectedLinesTable
            rows={rejected}
            caption={t("organizations.importPage.rejectedCaption")}
            nameOf={(row) => row.name}
          />
        )}
      </section>
      <div className="form-actions">
        {toCreate.length === 0 ? (
          <p>{t("organizations.importPage.nothing")}</p>
        ) : (
          committed === null && (
            <button
              type="button"
              className="button"
              aria-disabled={committing || undefined}
              onClick={onCommit}
            >
              {committing
                ? t("organizations.importPage.committing")
                : t("organizations.importPage.commit", { count: toCreate.length })}
            </button>
          )
        )}
        <div role="status" className={committed !== null ? "notice notice--success" : undefined}>
          {committed !== null && t("organizations.importPage.committed", { count: committed })}
        </div>
      </div>
    </section>
  );
}
