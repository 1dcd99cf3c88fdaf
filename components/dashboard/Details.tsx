import { useEffect } from "react";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { Translate } from "../use-ui-language";
import { AbPanel } from "./AbPanel";
import { FunnelsSection } from "./FunnelsSection";
import { type DashboardInput, detailParts } from "./model";
import { useAfterPaint } from "./use-after-paint";

interface Props {
  input: DashboardInput;
  timeZone: string;
  t: Translate;
  language: UiLanguage;
}

/** Funnels and A/B tests: computed once the five metrics are on screen, since they need more passes over the emails. */
export function Details({ input, timeZone, t, language }: Props) {
  // Two tasks rather than one long one, so the page stays responsive while they run.
  const byTier = useAfterPaint(input, detailParts.tierFunnels);
  const bySignal = useAfterPaint(input, detailParts.signalFunnels);
  const complete = byTier !== undefined && bySignal !== undefined;
  useEffect(() => {
    if (complete) performance.mark("dashboard-complete");
  }, [complete]);
  const calculating = <p className="muted">{t("dashCalculating")}</p>;
  return (
    <>
      {byTier && bySignal ? (
        <FunnelsSection byTier={byTier} bySignal={bySignal} t={t} language={language} />
      ) : (
        calculating
      )}
      {complete ? <AbPanel emails={input.emails} timeZone={timeZone} t={t} language={language} /> : calculating}
    </>
  );
}
