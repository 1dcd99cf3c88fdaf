import type { MessageKey } from "@/lib/i18n/messages";
import type { SignalType } from "@/lib/model";
import type { QueueRow } from "@/lib/queue";
import { statusLabels } from "../prospect/StatusNotes";
import type { Translate } from "../use-ui-language";

/** Signal names as the dashboard shows them: one wording across the UI. */
export const signalLabel: Record<SignalType, MessageKey> = {
  "job-change": "dashSignalJobChange",
  hiring: "dashSignalHiring",
  "headcount-growth": "dashSignalHeadcountGrowth",
  funding: "dashSignalFunding",
  post: "dashSignalPost",
  "product-launch": "dashSignalProductLaunch",
  "new-market": "dashSignalNewMarket",
  "leadership-change": "dashSignalLeadershipChange",
  partnership: "dashSignalPartnership",
  acquisition: "dashSignalAcquisition",
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date in the UI language ("3 Nov 2026", "3. Nov. 2026"). The lists get only `t`, so the
 * locale is a message too (queueLocale); formatters are cached, rows format often.
 */
export function formatDate(at: number, t: Translate): string {
  const locale = t("queueLocale");
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" });
    dateFormats.set(locale, format);
  }
  return format.format(at);
}

/** "Tier A, score 82" or "Not scored". */
export function tierText(row: QueueRow, t: Translate): string {
  if (!row.tier) return t("queueUnscored");
  const tier = t("queueTierLabel", { tier: row.tier });
  return row.score === undefined ? tier : `${tier}, ${t("queueScore", { score: String(Math.round(row.score)) })}`;
}

export function signalText(row: QueueRow, t: Translate): string {
  return row.newestSignalAt === undefined
    ? t("queueNoSignal")
    : t("queueNewestSignal", { date: formatDate(row.newestSignalAt, t) });
}

/** What a screen reader says for a row: every visible value, in reading order. */
export function rowLabel(row: QueueRow, t: Translate): string {
  return [row.name, row.headline, row.companyName, tierText(row, t), t(statusLabels[row.status]), signalText(row, t)]
    .filter(Boolean)
    .join(", ");
}
