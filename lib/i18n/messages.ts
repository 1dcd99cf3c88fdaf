import { coreDe, coreEn } from "./messages/core";
import { dashboardDe, dashboardEn } from "./messages/dashboard";
import { dataDe, dataEn } from "./messages/data";
import { draftingDe, draftingEn } from "./messages/drafting";
import { icpDe, icpEn } from "./messages/icp";
import { queueDe, queueEn } from "./messages/queue";

/** UI strings in English and German, one file per feature; German is the longer one, so layouts are tried with it. */
export const en = { ...coreEn, ...draftingEn, ...icpEn, ...dashboardEn, ...dataEn, ...queueEn } as const;

export type MessageKey = keyof typeof en;

export const de: Record<MessageKey, string> = {
  ...coreDe,
  ...draftingDe,
  ...icpDe,
  ...dashboardDe,
  ...dataDe,
  ...queueDe,
};

export type UiLanguage = "en" | "de";

/** The UI language: the user's choice, else the browser's (German for any de-* locale). */
export function resolveUiLanguage(choice: "auto" | UiLanguage, browserLanguage: string): UiLanguage {
  if (choice !== "auto") return choice;
  return browserLanguage.toLowerCase().startsWith("de") ? "de" : "en";
}

/** Looks up a message and fills its {placeholders}. */
export function translate(language: UiLanguage, key: MessageKey, params: Record<string, string> = {}): string {
  const template = (language === "de" ? de : en)[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}
