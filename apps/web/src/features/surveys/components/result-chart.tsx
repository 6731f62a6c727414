import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export interface ResultRow {
  label: string;
  count: number;
  percent: number;
}

const ROW_HEIGHT = 36;
/** Room past the longest bar for its 「24（66.7%）」 label. */
const headroom = (max: number) => Math.max(1, Math.ceil(max * 1.6));
/** Room for the label column: about one full-width character per 13px, within sensible bounds. */
const labelWidth = (rows: readonly ResultRow[]) =>
  Math.min(180, Math.max(48, ...rows.map((r) => [...r.label].length * 13 + 8)));

/**
 * Counts as horizontal bars (long Japanese option labels read better down the side). Hidden from screen
 * readers: the table beside it carries the same numbers. With `width` the chart is drawn at that size at once
 * (a print view: the page is printed as drawn, with no resize to wait for); without, it fills its box.
 */
export function ResultChart({ rows, width }: { rows: readonly ResultRow[]; width?: number }) {
  const height = rows.length * ROW_HEIGHT + 40;
  if (width !== undefined)
    return (
      <div className="chart result-chart print-chart" aria-hidden="true">
        <Bars rows={rows} width={width} height={height} />
      </div>
    );
  return (
    <div className="chart result-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <Bars rows={rows} />
      </ResponsiveContainer>
    </div>
  );
}

function Bars({ rows, width, height }: { rows: readonly ResultRow[]; width?: number; height?: number }) {
  const data = rows.map((r) => ({ ...r, shown: `${r.count}（${r.percent}%）` }));
  return (
    <BarChart
      data={data}
      width={width}
      height={height}
      layout="vertical"
      accessibilityLayer={false}
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#c9ced6" horizontal={false} />
      <XAxis
        type="number"
        allowDecimals={false}
        domain={[0, headroom]}
        tick={{ fontSize: 12, fill: "#333a45" }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={labelWidth(rows)}
        interval={0}
        tick={{ fontSize: 12, fill: "#333a45" }}
      />
      <Bar dataKey="count" fill="#0b4a8b" isAnimationActive={false} barSize={20}>
        <LabelList dataKey="shown" position="right" style={{ fontSize: 12, fill: "#1d232b" }} />
      </Bar>
    </BarChart>
  );
}
