/** Message keys for the drafting vocabulary, so every component names steps and asks the same way. */
import type { LanguageChoice } from "@/lib/drafting/language";
import type { MessageKey, UiLanguage } from "@/lib/i18n/messages";
import type { CtaKind, SequenceStep } from "@/lib/model";

export const stepLabel: Record<SequenceStep, MessageKey> = {
  attention: "draftStepAttention",
  curiosity: "draftStepCuriosity",
  credibility: "draftStepCredibility",
  action: "draftStepAction",
};

export const ctaLabel: Record<CtaKind, MessageKey> = {
  "call-15": "offerCtaCall15",
  video: "offerCtaVideo",
  benchmark: "offerCtaBenchmark",
  custom: "offerCtaCustom",
};

export const languageReasonLabel: Record<LanguageChoice["reason"], MessageKey> = {
  override: "draftLanguageByYou",
  "profile-language": "draftLanguageByProfile",
  location: "draftLanguageByLocation",
  default: "draftLanguageByDefault",
};

/** "Tue, 1 Dec, 09:00 CET" in the prospect's zone, in the UI language. */
export function formatSlot(at: number, timeZone: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(at);
}
