import { useEffect } from "react";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { Translate } from "../use-ui-language";
import { AbPanel } from "./AbPanel";
import { FunnelsSection } from "./FunnelsSection";
import { buildDetails, type DashboardInput } from "./model";
import { useAfterPaint } from "./use-after-paint";

interface Props {
  input: DashboardInput;
  timeZone: string;
  t: Translate;
  language: UiLanguage;
}

/** Funnels and A/B tests: computed once the five metrics are on screen, since they need two more passes. */
export function Details({ input, timeZone, t, language }: Props) {
  const details = useAfterPaint(input, buildDetails);
  useEffect(() => {
    if (details) performance.mark("dashboard-complete");
  }, [details]);
  if (!details) return <p className="muted">{t("dashCalculating")}</p>;
  return (
    <>
      <FunnelsSection byTier={details.funnelsByTier} bySignal={details.funnelsBySignal} t={t} language={language} />
      <AbPanel emails={details.emails} timeZone={timeZone} t={t} language={language} />
    </>
  );
}
