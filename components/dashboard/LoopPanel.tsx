import type { MessageKey, UiLanguage } from "@/lib/i18n/messages";
import { type LoopState, type ReviewMetric, reviewMetrics, type testFor, type WeakMetric } from "@/lib/metrics";
import type { Translate } from "../use-ui-language";
import { formatChange, formatRate } from "./format";
import { metricDefs } from "./metric-defs";

const stepLabels: MessageKey[] = ["dashLoop1", "dashLoop2", "dashLoop3", "dashLoop4", "dashLoop5"];
const testLabels: Record<(typeof testFor)[keyof typeof testFor], MessageKey> = {
  "subject-line": "dashTestSubjectLine",
  "call-to-action": "dashTestCallToAction",
  "message-angle": "dashTestMessageAngle",
  targeting: "dashTestTargeting",
};

interface Props {
  loop: LoopState;
  weakest: readonly WeakMetric[];
  untracked: readonly ReviewMetric[];
  t: Translate;
  language: UiLanguage;
}

/** The guided five-week loop: baseline, analyse, find the two weakest, test one change, compare. */
export function LoopPanel({ loop, weakest, untracked, t, language }: Props) {
  return (
    <section aria-labelledby="dash-loop" className="dash-section">
      <h2 id="dash-loop">{t("dashLoop")}</h2>
      <ol className="dash-steps">
        {stepLabels.map((label, index) => (
          <li key={label} aria-current={index + 1 === loop.step ? "step" : undefined}>
            {t(label)}
          </li>
        ))}
      </ol>
      <p data-testid="loop-step">{stepText(loop, t, language)}</p>
      {weakest.length > 0 && (
        <>
          <h3>{t("dashWeakest")}</h3>
          <ul data-testid="loop-weakest">
            {weakest.map((w) => (
              <li key={w.metric} className="weak">
                {t("dashWeakLine", {
                  metric: t(metricDefs[w.metric].label),
                  value: formatRate(w.value, language),
                  reference: formatRate(w.reference, language),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {loop.kind === "compare" && loop.vsBaseline && (
        <dl>
          {reviewMetrics.map((metric) => {
            const delta = loop.vsBaseline?.rates[metric];
            return [
              <dt key={`${metric}-label`}>{t(metricDefs[metric].label)}</dt>,
              <dd key={`${metric}-value`}>
                {untracked.includes(metric)
                  ? t("dashNotTracked")
                  : `${formatRate(delta?.current ?? null, language)} (${formatChange(delta?.change ?? null, "rate", language)})`}
              </dd>,
            ];
          })}
        </dl>
      )}
    </section>
  );
}

function stepText(loop: LoopState, t: Translate, language: UiLanguage): string {
  switch (loop.kind) {
    case "baseline":
      return loop.complete
        ? t("dashLoopBaselineDone")
        : t("dashLoopBaseline", { sent: String(loop.qualifiedSent), target: String(loop.target) });
    case "analyse":
      return t("dashLoopAnalyse", {
        reply: formatRate(loop.baseline.rates.replyRate, language),
        open: formatRate(loop.baseline.rates.openRate, language),
      });
    case "weakest":
      return t("dashLoopWeakest");
    case "define-test":
      return t("dashLoopDefineTest", { tests: loop.suggestedTests.map((test) => t(testLabels[test])).join(", ") });
    case "compare":
      return loop.cycleComplete ? t("dashLoopCycleDone") : t("dashLoopCompare");
  }
}
