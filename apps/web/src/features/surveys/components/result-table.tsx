import { useTranslation } from "react-i18next";
import type { ResultRow } from "./result-chart";

/** The accessible form of a question's results: one row per choice or scale point, with count and share. */
export function ResultTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: readonly ResultRow[];
}) {
  const { t } = useTranslation();
  return (
    <table className="data-table compact result-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="plain-th">
            {head}
          </th>
          <th scope="col" className="plain-th numeric">
            {t("surveys.results.count")}
          </th>
          <th scope="col" className="plain-th numeric">
            {t("surveys.results.percent")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row" className="row-th">
              {row.label}
            </th>
            <td className="numeric">{t("surveys.results.countValue", { count: row.count })}</td>
            <td className="numeric">{t("surveys.results.percentValue", { value: row.percent })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
