import { listOf } from "../i18n/list-of";
import type { UiLanguage } from "../i18n/messages";
import { namesAYear, signalText } from "../i18n/signal-text";
import type { Company, FactWordings, Person, Signal, SignalType } from "../model";

/** A candidate fact: a specific, sourced sentence the user can pick as one of three. */
export interface SuggestedFact {
  /** Stable across renders, so a picked suggestion can be recognised. */
  key: string;
  text: string;
  sourceUrl?: string;
  quote?: string;
  signalId?: string;
  date?: number;
  rank: number;
  /** The same fact in each language: an email in the other language tells it in its own. */
  wordings: FactWordings;
}

/** A suggestion before it is worded in both languages. */
type Worded = Omit<SuggestedFact, "wordings">;

const dayMs = 86_400_000;
/** How specific a kind of fact usually is: a funding round beats an industry. */
const specificity: Record<SignalType | "technologies" | "hiring-count" | "customers", number> = {
  funding: 5,
  "job-change": 5,
  "product-launch": 4,
  "leadership-change": 4,
  hiring: 4,
  "hiring-count": 3,
  post: 3,
  partnership: 3,
  acquisition: 4,
  "new-market": 3,
  "headcount-growth": 3,
  technologies: 2,
  // A customer the company names itself is concrete enough to open with, though undated.
  customers: 4,
};
/** Freshness halves every 30 days: last week's post beats last year's round. */
const halfLifeDays = 30;

export interface SuggestOptions {
  formatDate(time: number, language: UiLanguage): string;
  /** The language the suggestions are shown in: the user's, who reads and edits them. */
  language: UiLanguage;
}

/**
 * Suggested facts for a prospect, most specific and freshest first, each with its source, in
 * the user's language and worded in the other too. Pure: the caller supplies the records, the
 * date format and the language.
 */
export function suggestFacts(
  input: { person?: Person; company?: Company; signals: readonly Signal[] },
  { formatDate, language }: SuggestOptions,
  now = Date.now(),
): SuggestedFact[] {
  const other: UiLanguage = language === "de" ? "en" : "de";
  const otherText = new Map(suggestionsIn(input, other, formatDate, now).map((fact) => [fact.key, fact.text]));
  return suggestionsIn(input, language, formatDate, now).map((fact) => ({
    ...fact,
    wordings: { [language]: fact.text, [other]: otherText.get(fact.key) },
  }));
}

function suggestionsIn(
  input: { person?: Person; company?: Company; signals: readonly Signal[] },
  language: UiLanguage,
  formatDate: SuggestOptions["formatDate"],
  now: number,
): Worded[] {
  const facts = input.signals.map((signal) => fromSignal(signal, (time) => formatDate(time, language), language, now));
  const de = language === "de";
  const types = new Set(input.signals.map((signal) => signal.type));
  const company = input.company;
  if (company?.technologies?.length) {
    const source = company.sources.technologies?.sourceUrl;
    facts.push({
      key: `technologies:${company.id}`,
      text: de
        ? `${company.name} nutzt ${listOf(company.technologies.slice(0, 3), "und")}`
        : `${company.name} uses ${listOf(company.technologies.slice(0, 3), "and")}`,
      sourceUrl: source,
      rank: rank(specificity.technologies, undefined, now) + numberBonus(company.technologies.length),
    });
  }
  if (company?.customers?.length) {
    const named = company.customers.slice(0, 3);
    facts.push({
      key: `customers:${company.id}`,
      text: de
        ? `${company.name} nennt ${listOf(named, "und")} als Kunden`
        : `${company.name} names ${listOf(named, "and")} as customers`,
      sourceUrl: company.sources.customers?.sourceUrl,
      rank: rank(specificity.customers, undefined, now),
    });
  }
  if (company?.openJobs && !types.has("hiring")) {
    facts.push({
      key: `open-jobs:${company.id}`,
      text: de
        ? `${company.name} hat ${company.openJobs} offene Stellen`
        : `${company.name} has ${company.openJobs} open roles`,
      sourceUrl: company.sources.openJobs?.sourceUrl,
      rank: rank(specificity["hiring-count"], company.sources.openJobs?.capturedAt, now),
    });
  }
  return dedupe(facts).sort((a, b) => b.rank - a.rank);
}

function fromSignal(signal: Signal, formatDate: (time: number) => string, language: UiLanguage, now: number): Worded {
  const base = specificity[signal.type];
  const summary = signalText(signal, language);
  return {
    key: `signal:${signal.id}`,
    text: namesAYear(summary) ? summary : `${summary} (${formatDate(signal.date)})`,
    sourceUrl: signal.provenance.sourceUrl,
    quote: signal.quote,
    signalId: signal.id,
    date: signal.date,
    rank: rank(base, signal.date, now) + numberBonus(/\d/.test(signal.summary) ? 1 : 0),
  };
}

function rank(base: number, date: number | undefined, now: number): number {
  if (date === undefined) return base * 0.5;
  const ageDays = Math.max(0, (now - date) / dayMs);
  return base * (0.5 + 0.5 ** (ageDays / halfLifeDays));
}

/** Numbers make a fact concrete ("3 engineers", "€12M"). */
function numberBonus(count: number): number {
  return count > 0 ? 0.5 : 0;
}

function dedupe(facts: Worded[]): Worded[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const text = fact.text.toLowerCase();
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}
