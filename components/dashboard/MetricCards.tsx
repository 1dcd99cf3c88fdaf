import type { UiLanguage } from "@/lib/i18n/messages";
import type { WeakMetric, WeekReview } from "@/lib/metrics";
import type { Translate } from "../use-ui-language";
import { formatChange, formatCount, formatRate } from "./format";
import {
  changeOf,
  type DashboardMetricId,
  dashboardMetricIds,
  type MetricDef,
  type MetricSide,
  metricDefs,
} from "./metric-defs";

interface Props {
  review: WeekReview;
  metrics: readonly DashboardMetricId[];
  weakest: readonly WeakMetric[];
  onChoose: (index: number, metric: DashboardMetricId) => void;
  t: Translate;
  language: UiLanguage;
}

/** The five chosen metrics: this week against last week and against the baseline. */
export function MetricCards({ review, metrics, weakest, onChoose, t, language }: Props) {
  const thisWeek: MetricSide = { counts: review.thisWeek, rates: review.thisWeek.rates };
  const lastWeek: MetricSide = { counts: review.lastWeek, rates: review.lastWeek.rates };
  const baseline = review.baseline && { counts: review.baseline.perWeek, rates: review.baseline.rates };
  const weak = new Set(weakest.map((w) => w.metric));
  return (
    <section aria-labelledby="dash-metrics" className="dash-section">
      <h2 id="dash-metrics">{t("dashThisWeek")}</h2>
      <div className="dash-cards">
        {metrics.map((id, index) => {
          const def = metricDefs[id];
          const sides = { thisWeek, lastWeek, baseline };
          return (
            <article
              key={id}
              className={def.review && weak.has(def.review) ? "card dash-card weak" : "card dash-card"}
              data-testid={`metric-${id}`}
            >
              <h3>{t(def.label)}</h3>
              {def.review && weak.has(def.review) && <p className="dash-badge">{t("dashWeakMetric")}</p>}
              <p className="dash-value">{formatMetric(def, thisWeek, language)}</p>
              <p className="muted dash-detail">{detail(def, thisWeek, review.thisWeek.weeklyCap, t, language)}</p>
              <Comparisons def={def} sides={sides} t={t} language={language} />
              <select
                aria-label={t("dashChooseMetric")}
                value={id}
                onChange={(event) => onChoose(index, event.target.value as DashboardMetricId)}
              >
                {dashboardMetricIds.map((option) => (
                  <option key={option} value={option}>
                    {t(metricDefs[option].label)}
                  </option>
                ))}
              </select>
            </article>
          );
        })}
      </div>
    </section>
  );
}

export function formatMetric(def: MetricDef, side: MetricSide, language: UiLanguage): string {
  const value = def.read(side);
  return def.kind === "rate" ? formatRate(value, language) : formatCount(value, language);
}

/** Sends are read against the cap; pipeline value with the conversions behind it. */
function detail(def: MetricDef, side: MetricSide, cap: number, t: Translate, language: UiLanguage): string | undefined {
  if (def.id === "sent") return t("dashOfCap", { cap: formatCount(cap, language) });
  if (def.id === "pipelineValue")
    return t("dashConversions", { count: formatCount(side.counts.conversions, language) });
  return undefined;
}

interface ComparisonProps {
  def: MetricDef;
  sides: { thisWeek: MetricSide; lastWeek: MetricSide; baseline?: MetricSide };
  t: Translate;
  language: UiLanguage;
}

function Comparisons({ def, sides, t, language }: ComparisonProps) {
  const row = (label: string, side: MetricSide | undefined) => (
    <>
      <dt>{label}</dt>
      <dd>
        {side
          ? `${formatMetric(def, side, language)} (${formatChange(changeOf(def, sides.thisWeek, side), def.kind, language)})`
          : t("dashNoBaselineYet")}
      </dd>
    </>
  );
  return (
    <dl>
      {row(t("dashLastWeek"), sides.lastWeek)}
      {row(t("dashBaseline"), sides.baseline)}
    </dl>
  );
}
