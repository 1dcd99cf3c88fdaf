import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { WeekMetrics } from "@/lib/metrics";
import type { Translate } from "../use-ui-language";
import { formatCount, formatRate } from "./format";
import { type DashboardMetricId, type MetricDef, type MetricSide, metricDefs } from "./metric-defs";

interface Props {
  trend: readonly WeekMetrics[];
  metrics: readonly DashboardMetricId[];
  baseline?: MetricSide;
  weeklyCap: number;
  t: Translate;
  language: UiLanguage;
}

/** Twelve weeks of each chosen metric, with the baseline (and the weekly cap for sends) as a dashed line. */
export function TrendCharts({ trend, metrics, baseline, weeklyCap, t, language }: Props) {
  return (
    <section aria-labelledby="dash-trends" className="dash-section">
      <h2 id="dash-trends">{t("dashTrends")}</h2>
      <div className="dash-charts">
        {metrics.map((id) => (
          <TrendChart
            key={id}
            def={metricDefs[id]}
            trend={trend}
            baseline={baseline}
            weeklyCap={weeklyCap}
            t={t}
            language={language}
          />
        ))}
      </div>
    </section>
  );
}

function TrendChart({ def, trend, baseline, weeklyCap, t, language }: Omit<Props, "metrics"> & { def: MetricDef }) {
  const data = trend.map((week) => ({
    week: week.week.slice(5),
    value: def.read({ counts: week, rates: week.rates }),
  }));
  const format = (value: number) => (def.kind === "rate" ? formatRate(value, language) : formatCount(value, language));
  const reference = baseline ? def.read(baseline) : null;
  return (
    <figure className="card dash-chart">
      <figcaption>{t(def.label)}</figcaption>
      <ResponsiveContainer width="100%" height={150}>
        <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="week" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis tickFormatter={format} tick={{ fontSize: 11 }} width={48} />
          <Tooltip formatter={(value) => (typeof value === "number" ? format(value) : String(value))} />
          {reference !== null && <ReferenceLine y={reference} stroke="var(--muted)" strokeDasharray="4 4" />}
          {def.id === "sent" && <ReferenceLine y={weeklyCap} stroke="var(--accent)" strokeDasharray="2 2" />}
          <Line type="linear" dataKey="value" stroke="var(--accent)" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
