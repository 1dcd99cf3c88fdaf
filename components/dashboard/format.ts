import type { UiLanguage } from "@/lib/i18n/messages";

/** Numbers and rates through Intl in the UI language; "–" where there is no data, never a misleading 0. */
const noData = "–";

export function formatRate(value: number | null, language: UiLanguage): string {
  if (value === null) return noData;
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 }).format(value);
}

/** Counts of a baseline are means per week, so one decimal is kept where there is one. */
export function formatCount(value: number | null, language: UiLanguage): string {
  if (value === null) return noData;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** A change with its sign; rates in percentage points. */
export function formatChange(change: number | null, kind: "count" | "rate", language: UiLanguage): string {
  if (change === null) return noData;
  const number = new Intl.NumberFormat(language, {
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(kind === "rate" ? change * 100 : change);
  return kind === "rate" ? `${number} ${language === "de" ? "Pp." : "pts"}` : number;
}

/** The p-value as statisticians write it: small values as "< 0.001". */
export function formatP(p: number | null, language: UiLanguage): string {
  if (p === null) return noData;
  if (p < 0.001) return `< ${new Intl.NumberFormat(language).format(0.001)}`;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 3, minimumFractionDigits: 3 }).format(p);
}
