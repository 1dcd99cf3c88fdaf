import { lazy, Suspense, useEffect } from "react";
import { Details } from "@/components/dashboard/Details";
import { EmptyState } from "@/components/dashboard/EmptyState";
import { LeadDefinition } from "@/components/dashboard/LeadDefinition";
import { LoopPanel } from "@/components/dashboard/LoopPanel";
import { MetricCards } from "@/components/dashboard/MetricCards";
import type { DashboardMetricId } from "@/components/dashboard/metric-defs";
import { QuickOutcome } from "@/components/dashboard/QuickOutcome";
import { ReviewNotes } from "@/components/dashboard/ReviewNotes";
import { replaceMetric, saveMetrics } from "@/components/dashboard/store";
import { type DashboardData, useDashboardData } from "@/components/dashboard/use-dashboard-data";
import { useDashboardStore } from "@/components/dashboard/use-dashboard-store";
import { type Translate, useTranslate } from "@/components/use-ui-language";
import type { UiLanguage } from "@/lib/i18n/messages";
import "@/components/dashboard/dashboard.css";

// The charting library is most of the page's script: loaded apart, it does not delay the figures.
const TrendCharts = lazy(() =>
  import("@/components/dashboard/TrendCharts").then((module) => ({ default: module.TrendCharts })),
);

/** The weekly review: five metrics, trends, funnels, tests, the feedback loop, notes and the lead definition. */
export function DashboardApp() {
  const { t, language } = useTranslate();
  const { data, updating } = useDashboardData();
  const store = useDashboardStore();
  const ready = data !== undefined && store !== undefined;
  // The bench reads this mark: time from navigation until the five metrics are on screen.
  useEffect(() => {
    if (ready) performance.mark("dashboard-ready");
  }, [ready]);
  return (
    <main className="dashboard" data-ready={ready || undefined}>
      <h1>{t("dashTitle")}</h1>
      {!data && (
        <p className="muted" role="status">
          {t(updating ? "dashUpdating" : "dashLoading")}
        </p>
      )}
      {data && (
        <p className="muted no-print">
          {t("dashTimeZone", { zone: data.timeZone })} {t("dashOpenTracking")}
        </p>
      )}
      {data?.model.empty && <EmptyState t={t} />}
      {data && store && !data.model.empty && <Review data={data} metrics={store.metrics} t={t} language={language} />}
      {store && data && <ReviewNotes week={data.model.review.thisWeek.week} t={t} language={language} />}
      <LeadDefinition t={t} />
    </main>
  );
}

interface ReviewProps {
  data: DashboardData;
  metrics: readonly DashboardMetricId[];
  t: Translate;
  language: UiLanguage;
}

function Review({ data, metrics, t, language }: ReviewProps) {
  const { model, settings, timeZone } = data;
  const baseline = model.review.baseline;
  return (
    <>
      <MetricCards
        review={model.review}
        metrics={metrics}
        weakest={model.weakest}
        onChoose={(index, metric) => void saveMetrics(replaceMetric(metrics, index, metric))}
        t={t}
        language={language}
      />
      {model.unattributed > 0 && (
        <p className="notice">{t("dashUnattributed", { count: String(model.unattributed) })}</p>
      )}
      <QuickOutcome t={t} />
      <LoopPanel loop={model.loop} weakest={model.weakest} untracked={model.untracked} t={t} language={language} />
      <Suspense fallback={null}>
        <TrendCharts
          trend={model.trend}
          metrics={metrics}
          baseline={baseline && { counts: baseline.perWeek, rates: baseline.rates }}
          weeklyCap={settings.weeklyCap}
          t={t}
          language={language}
        />
      </Suspense>
      <Details input={data.input} timeZone={timeZone} t={t} language={language} />
    </>
  );
}
