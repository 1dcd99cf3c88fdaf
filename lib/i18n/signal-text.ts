import type { Signal, SignalWording } from "../model/signal";
import { compactMoney } from "./compact-money";
import { hiringInGerman } from "./hiring-text";
import { listOf } from "./list-of";

type Language = "en" | "de";

/**
 * A signal as the reader's language tells it. The stored summary is English; signals the
 * extension worded itself carry their facts as data and are told in German from those.
 * Quoted signals stay in the words of their page.
 */
export function signalText(signal: Pick<Signal, "summary" | "wording">, language: Language): string {
  if (!signal.wording) return signal.summary;
  if (language === "de") return inGerman(signal.wording);
  // Stored summaries date a round as "2026-03-01", which no email would say: rounds are told anew.
  return signal.wording.kind === "funding" ? fundingInEnglish(signal.wording) : signal.summary;
}

/** True when a signal's text already names its year ("… on 9 September 2026", "since Sep 2026"): it needs no second date. */
export function namesAYear(text: string): boolean {
  return /\b(19|20)\d{2}\b/.test(text);
}

function fundingInEnglish(wording: Extract<SignalWording, { kind: "funding" }>): string {
  const money = wording.amount !== undefined ? compactMoney(wording.amount, wording.currency, "en-US") : undefined;
  const what = money
    ? `Raised ${money}${wording.round ? ` (${wording.round})` : ""}`
    : `Funding round${wording.round ? `: ${wording.round}` : ""}`;
  const when = wording.date ? englishDate(wording.date) : "";
  return `${what}${when}${investorsText(wording, "en")}`;
}

const investorWords = {
  en: { investors: "investors", ledBy: "led by", with: "with", and: "and" },
  de: { investors: "Investoren", ledBy: "angeführt von", with: "mit", and: "und" },
} as const;

/** ", led by A and B, with C" when the source told who led; else ", investors: A, B, C". */
function investorsText(wording: Extract<SignalWording, { kind: "funding" }>, language: Language): string {
  const said = investorWords[language];
  const investors = wording.investors ?? [];
  const leads = (wording.leadInvestors ?? []).filter((name) => investors.includes(name));
  if (leads.length === 0) return investors.length ? `, ${said.investors}: ${investors.join(", ")}` : "";
  const others = investors.filter((name) => !leads.includes(name));
  return `, ${said.ledBy} ${listOf(leads, said.and)}${others.length ? `, ${said.with} ${others.join(", ")}` : ""}`;
}

function inGerman(wording: SignalWording): string {
  switch (wording.kind) {
    case "hiring":
      return hiringInGerman(wording);
    case "headcount-growth": {
      const percent = Math.round(((wording.now - wording.before) / wording.before) * 1000) / 10;
      const grown = new Intl.NumberFormat("de-DE").format(percent);
      return `Mitarbeitende auf LinkedIn: +${grown} % seit dem letzten Besuch (${wording.before} → ${wording.now})`;
    }
    case "funding": {
      const money = wording.amount !== undefined ? compactMoney(wording.amount, wording.currency, "de-DE") : undefined;
      const what = money
        ? `Finanzierung über ${money}${wording.round ? ` (${wording.round})` : ""}`
        : `Finanzierungsrunde${wording.round ? `: ${wording.round}` : ""}`;
      const when = wording.date ? ` am ${germanDate(wording.date)}` : "";
      return `${what}${when}${investorsText(wording, "de")}`;
    }
    case "job-change": {
      const at = wording.companyName ? ` bei ${wording.companyName}` : "";
      return `Neu als ${wording.title}${at}${wording.since ? ` (seit ${germanMonth(wording.since)})` : ""}`;
    }
    case "post":
      return `Beitrag über ${wording.topic}`;
  }
}

/** "2026-03-01" → "01.03.2026", "2026-03" → "03.2026"; anything else as written. */
function germanDate(date: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  return day ? `${day}.${month}.${year}` : `${month}.${year}`;
}

const englishMonths = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-03-01" → " on 1 March 2026", "2026-03" → " in March 2026"; anything else as written. */
function englishDate(date: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  const month = match ? englishMonths[Number(match[2]) - 1] : undefined;
  if (!match || !month) return ` on ${date}`;
  return match[3] ? ` on ${Number(match[3])} ${month} ${match[1]}` : ` in ${month} ${match[1]}`;
}

const germanMonths = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

/** Month names written out: short forms differ between browsers ("Sep", "Sept."). */
function germanMonth(since: { year: number; month?: number }): string {
  const month = since.month ? germanMonths[since.month - 1] : undefined;
  return month ? `${month} ${since.year}` : String(since.year);
}
