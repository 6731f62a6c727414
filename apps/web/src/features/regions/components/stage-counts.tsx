import { STAGES, type Stage } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { RouterOutputs } from "../../../lib/api-types";

type Overview = RouterOutputs["overview"]["get"];

/** Editions by stage as a bar chart, with the same numbers as tables (the chart alone reaches no screen reader). */
export function StageCounts({ byStage, byFiscalYear }: Pick<Overview, "byStage" | "byFiscalYear">) {
  const { t } = useTranslation();
  const counts = STAGES.map((stage) => ({
    stage,
    label: t(`stage.${stage}`),
    n: byStage.find((s) => s.stage === stage)?.n ?? 0,
  }));
  const years = [...new Set(byFiscalYear.map((r) => r.fiscalYear))].sort();
  const yearStages = STAGES.filter((stage) => byFiscalYear.some((r) => r.stage === stage));
  const cell = (year: number, stage: Stage) =>
    byFiscalYear.find((r) => r.fiscalYear === year && r.stage === stage)?.n ?? 0;

  return (
    <section aria-labelledby="counts-heading" className="section">
      <h2 id="counts-heading">{t("dashboard.counts.heading")}</h2>
      <div className="counts-grid">
        <div className="chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart
              data={counts}
              accessibilityLayer={false}
              margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="#c9ced6" />
              <XAxis dataKey="label" interval={0} tick={{ fontSize: 12, fill: "#333a45" }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#333a45" }} />
              <Bar dataKey="n" fill="#0b4a8b" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="data-table data-table--cards compact">
          <caption>{t("dashboard.counts.byStageCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="plain-th">
                {t("dashboard.counts.stage")}
              </th>
              <th scope="col" className="plain-th numeric">
                {t("dashboard.counts.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.stage}>
                <th scope="row">{c.label}</th>
                <td className="numeric" data-label={t("dashboard.counts.count")}>
                  {c.n}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {years.length > 0 && (
        <div className="table-scroll">
          <table className="data-table data-table--cards compact">
            <caption>{t("dashboard.counts.byYearCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="plain-th">
                  {t("dashboard.counts.fiscalYear")}
                </th>
                {yearStages.map((stage) => (
                  <th key={stage} scope="col" className="plain-th numeric">
                    {t(`stage.${stage}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((year) => (
                <tr key={year}>
                  <th scope="row">{t("dashboard.counts.fiscalYearValue", { year })}</th>
                  {yearStages.map((stage) => (
                    <td key={stage} className="numeric" data-label={t(`stage.${stage}`)}>
                      {cell(year, stage)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
