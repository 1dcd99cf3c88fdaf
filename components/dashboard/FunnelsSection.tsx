import type { MessageKey, UiLanguage } from "@/lib/i18n/messages";
import type { Funnel } from "@/lib/metrics";
import type { SignalType } from "@/lib/model";
import { signalLabel } from "../queue/labels";
import type { Translate } from "../use-ui-language";
import { FunnelTable } from "./FunnelTable";

const signalLabels: Record<SignalType | "none", MessageKey> = { ...signalLabel, none: "dashSignalNone" };

interface Props {
  byTier: readonly Funnel<string>[];
  bySignal: readonly Funnel<SignalType | "none">[];
  t: Translate;
  language: UiLanguage;
}

/** Funnels by ICP tier and by the signal a prospect showed when first contacted. */
export function FunnelsSection({ byTier, bySignal, t, language }: Props) {
  const tierLabel = (group: string) => (group === "unscored" ? t("dashUnscored") : t("dashTier", { tier: group }));
  const signalLabel = (group: string) =>
    group in signalLabels ? t(signalLabels[group as SignalType | "none"]) : group;
  return (
    <section aria-labelledby="dash-funnels" className="dash-section">
      <h2 id="dash-funnels">{t("dashFunnels")}</h2>
      <p className="muted">{t("dashFunnelsHint")}</p>
      <div className="dash-stack">
        <FunnelTable
          title={t("dashByTier")}
          groupHeader={t("dashTierHeader")}
          funnels={byTier}
          labelOf={tierLabel}
          t={t}
          language={language}
        />
        <FunnelTable
          title={t("dashBySignal")}
          groupHeader={t("dashSignalHeader")}
          funnels={bySignal}
          labelOf={signalLabel}
          t={t}
          language={language}
        />
      </div>
    </section>
  );
}
