import type { Company, FundingRound } from "../../model/company";
import type { CriterionOf } from "../../model/icp";
import type { Signal } from "../../model/signal";
import { fieldEvidence } from "../evidence";
import { monthsBetween, parseLooseDate } from "../normalise/date";
import { normaliseFundingStage } from "../normalise/funding-stage";
import { parseLocaleNumber } from "../normalise/number";
import { classifyTitle } from "../normalise/title";
import { type Evaluate, type Evaluation, type Evidence, judged, unknown } from "../types";

/** Hiring and growth signals older than this no longer say anything about today. */
const FRESH_SIGNAL_MONTHS = 6;
const GROWTH_SIGNAL_MONTHS = 12;

export function compileFundingStage(criterion: CriterionOf<"funding-stage">): Evaluate {
  const wanted = new Set<string>(criterion.stages);
  return ({ company }) => {
    const round = company && latestRound(company.funding);
    const stage = round?.round ? normaliseFundingStage(round.round) : undefined;
    if (!company || !round?.round || !stage) return unknown;
    return judged(wanted.has(stage), fieldEvidence(company.sources, "funding", round.round));
  };
}

/** A funding round, or a funding signal, dated within the last N months. */
export function compileRaisedWithin(criterion: CriterionOf<"raised-within">): Evaluate {
  return ({ company, signals, now }) => {
    const dated = [...roundDates(company), ...signalDates(signals, "funding")];
    if (dated.length === 0) return unknown;
    const latest = dated.reduce((best, next) => (next.at > best.at ? next : best));
    return judged(monthsBetween(latest.at, now) <= criterion.months, latest.evidence);
  };
}

/** Open jobs (in one function, when asked) from the jobs list, else a fresh hiring signal. */
export function compileHiring(criterion: CriterionOf<"hiring">): Evaluate {
  const needed = criterion.minOpenJobs ?? 1;
  const inDepartment = (text: string) =>
    criterion.department === undefined || classifyTitle(text)?.function === criterion.department;
  return ({ company, signals, now }) => {
    const fromJobs = company && hiringFromJobs(company, needed, inDepartment, criterion.department === undefined);
    if (fromJobs) return fromJobs;
    const fresh = signals.find(
      (signal) => signal.type === "hiring" && isFresh(signal, now, FRESH_SIGNAL_MONTHS) && inDepartment(signal.summary),
    );
    return fresh ? judged(true, signalEvidence(fresh)) : unknown;
  };
}

/** The largest growth percentage stated by a recent headcount-growth signal. */
export function compileHeadcountGrowth(criterion: CriterionOf<"headcount-growth">): Evaluate {
  return ({ signals, now }) => {
    const growth = signals
      .filter((signal) => signal.type === "headcount-growth" && isFresh(signal, now, GROWTH_SIGNAL_MONTHS))
      .map((signal) => ({ signal, percent: percentIn(signal.quote ?? signal.summary) }))
      .filter((entry): entry is { signal: Signal; percent: number } => entry.percent !== undefined)
      .sort((a, b) => b.percent - a.percent)[0];
    return growth ? judged(growth.percent >= criterion.minPercent, signalEvidence(growth.signal)) : unknown;
  };
}

function hiringFromJobs(
  company: Company,
  needed: number,
  inDepartment: (title: string) => boolean,
  anyDepartment: boolean,
): Evaluation | undefined {
  const titles = company.jobTitles;
  if (titles?.length) {
    const matching = titles.filter(inDepartment);
    const shown = matching.length > 0 ? matching.slice(0, 3).join(", ") : `${titles.length} other open jobs`;
    return judged(matching.length >= needed, fieldEvidence(company.sources, "jobTitles", shown));
  }
  // A bare count only answers the question when no department was asked for.
  if (company.openJobs === undefined || !anyDepartment) return undefined;
  return judged(
    company.openJobs >= needed,
    fieldEvidence(company.sources, "openJobs", `${company.openJobs} open jobs`),
  );
}

function latestRound(funding: FundingRound[] | undefined): FundingRound | undefined {
  if (!funding?.length) return undefined;
  const dated = funding.map((round) => ({ round, at: round.date ? (parseLooseDate(round.date) ?? 0) : 0 }));
  // Undated rounds keep their listed order: sites list the latest last.
  return dated.reduce((best, next) => (next.at >= best.at ? next : best)).round;
}

type Dated = { at: number; evidence: Evidence };

function roundDates(company: Company | undefined): Dated[] {
  if (!company?.funding) return [];
  return company.funding.flatMap((round) => {
    const at = round.date ? parseLooseDate(round.date) : undefined;
    const value = [round.round, round.date].filter(Boolean).join(", ");
    return at === undefined ? [] : [{ at, evidence: fieldEvidence(company.sources, "funding", value) }];
  });
}

function signalDates(signals: readonly Signal[], type: Signal["type"]): Dated[] {
  return signals
    .filter((signal) => signal.type === type)
    .map((signal) => ({ at: signal.date, evidence: signalEvidence(signal) }));
}

function isFresh(signal: Signal, now: number, months: number): boolean {
  return monthsBetween(signal.date, now) <= months;
}

function signalEvidence(signal: Signal): Evidence {
  return { value: signal.summary, sourceUrl: signal.provenance.sourceUrl, wording: signal.wording };
}

function percentIn(text: string): number | undefined {
  const match = /([+-]?\d+(?:[.,]\d+)?)\s?%/.exec(text);
  return match?.[1] ? parseLocaleNumber(match[1]) : undefined;
}
