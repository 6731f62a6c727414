import { useTranslation } from "react-i18next";

interface RejectedLine {
  line: number;
  reasons: string[];
}

interface Props<Row extends RejectedLine> {
  rows: Row[];
  caption: string;
  /** A column naming what the line was about (an organization's name), where the file has one. */
  nameOf?: (row: Row) => string;
}

/** The lines of an imported CSV that will not be taken, each with its reasons, as the server gave them. */
export function RejectedLinesTable<Row extends RejectedLine>({ rows, caption, nameOf }: Props<Row>) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table data-table--cards">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="plain-th">
              {t("csvLines.line")}
            </th>
            {nameOf && (
              <th scope="col" className="plain-th">
                {t("csvLines.name")}
              </th>
            )}
            <th scope="col" className="plain-th">
              {t("csvLines.reasons")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <td className="nowrap">{t("csvLines.lineNumber", { line: row.line })}</td>
              {nameOf && <td data-label={t("csvLines.name")}>{nameOf(row) || t("common.none")}</td>}
              <td data-label={t("csvLines.reasons")}>
                <ul className="plain-list">
                  {row.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
