/**
 * Explainable ICP scoring: pure, synchronous, no browser APIs.
 *
 * Wiring (side panel, list, badge):
 *   const result = score(person, company, icp, signals, Date.now());
 *   // result.score 0-100, result.tier "A"-"D", result.coverage 0-1,
 *   // result.breakdown[] → one row per criterion: label, status, evidence.value (link evidence.sourceUrl),
 *   // result.nextResearch[] → "Company size unknown: open the LinkedIn company page", most important first.
 *   // Cache on the person: { score: result.score, tier: result.tier }.
 *   const results = scoreMany(prospects, icp, Date.now()); // explaining a whole list
 *   const { score, tier } = scoreSummary(person, company, icp, signals, Date.now()); // rescoring: no rows
 * `signals` are this person's and company's signals (hiring, funding and headcount-growth are
 * read). Compiled criteria are cached per ICP object: replace an edited ICP, do not mutate it.
 * ICP editing, templates, JSON import/export and the customer-CSV analysis live in lib/icp.
 *
 * Rules:
 * - Weighted criteria (1-5) add their weight when satisfied. The score is the satisfied share of
 *   the *evaluated* weight: an unknown value is not a mismatch. `coverage` is the evaluated share
 *   of all weight. No evaluated weight gives score 0 and coverage 0.
 * - Knock-outs ("must", "must-not") add no points. One that is broken sets `knockoutFailed`,
 *   caps the tier at D and the score at 39 (`fitScore` keeps the uncapped value); an unknown
 *   knock-out does not fail, but its research hint comes first.
 * - `status` says whether the prospect satisfies the criterion as configured: for a must-not
 *   criterion "matched" means the excluded condition does not hold.
 * - Tiers: see ./tier.ts (A ≥ 80 with coverage ≥ 0.5, B ≥ 60, C ≥ 40, else D).
 * - `qualified`: no failed knock-out and score ≥ icp.threshold (the shared lead definition).
 */

import type { Company } from "../model/company";
import type { Icp, IcpLayer } from "../model/icp";
import type { Person } from "../model/person";
import type { Signal } from "../model/signal";
import { type CompiledCriterion, compileIcp } from "./compile";
import type { HintLanguage } from "./research";
import { knockoutScoreCap, type Tier, tierFor } from "./tier";
import type { Evaluation, Evidence, ScoringInput } from "./types";

export type CriterionStatus = Evaluation["status"];

export type CriterionResult = {
  criterionId: string;
  label: string;
  layer: IcpLayer;
  status: CriterionStatus;
  evidence?: Evidence;
  /** Points at stake; 0 for knock-outs. */
  weight: number;
  knockout?: "must" | "must-not";
};

/** Score and tier without the explanation: what lists, the badge and rescoring store. */
export type ScoreSummary = {
  score: number;
  /** The score before a failed knock-out capped it. */
  fitScore: number;
  tier: Tier;
  coverage: number;
  qualified: boolean;
  knockoutFailed: boolean;
};

export type ScoreResult = ScoreSummary & {
  breakdown: CriterionResult[];
  nextResearch: string[];
};

export type ProspectToScore = { person?: Person; company?: Company; signals?: readonly Signal[] };

export function score(
  person: Person | undefined,
  company: Company | undefined,
  icp: Icp,
  signals: readonly Signal[] = [],
  now: number = Date.now(),
  language: HintLanguage = "en",
): ScoreResult {
  return scoreInput({ person, company, signals, now }, icp, language);
}

/** Scores a list against one ICP; criteria are compiled once for the whole list. */
export function scoreMany(prospects: readonly ProspectToScore[], icp: Icp, now: number = Date.now()): ScoreResult[] {
  return prospects.map(({ person, company, signals }) => score(person, company, icp, signals, now));
}

/**
 * The same score and tier as `score`, without building breakdown rows or research hints:
 * rescoring 10,000 prospects allocates a tenth of the objects.
 */
export function scoreSummary(
  person: Person | undefined,
  company: Company | undefined,
  icp: Icp,
  signals: readonly Signal[] = [],
  now: number = Date.now(),
): ScoreSummary {
  const input: ScoringInput = { person, company, signals, now };
  const tally = emptyTally();
  for (const criterion of compileIcp(icp)) {
    const status = statusOf(criterion, criterion.evaluate(input).status);
    count(tally, criterion.weight, status, criterion.knockout !== undefined);
  }
  return summarise(tally, icp);
}

function scoreInput(input: ScoringInput, icp: Icp, language: HintLanguage): ScoreResult {
  const criteria = compileIcp(icp);
  const breakdown = criteria.map((criterion) => judge(criterion, input));
  const tally = emptyTally();
  for (const row of breakdown) count(tally, row.weight, row.status, row.knockout !== undefined);
  return {
    ...summarise(tally, icp),
    breakdown,
    nextResearch: tally.unknowns === 0 ? [] : researchFor(breakdown, criteria, language),
  };
}

type Tally = { total: number; evaluated: number; satisfied: number; unknowns: number; knockoutFailed: boolean };

function emptyTally(): Tally {
  return { total: 0, evaluated: 0, satisfied: 0, unknowns: 0, knockoutFailed: false };
}

/** One criterion into the running totals: scoring 10,000 prospects has to stay well under 200 ms. */
function count(tally: Tally, weight: number, status: CriterionStatus, knockout: boolean): void {
  tally.total += weight;
  if (status === "unknown") tally.unknowns++;
  else tally.evaluated += weight;
  if (status === "matched") tally.satisfied += weight;
  if (knockout && status === "not-matched") tally.knockoutFailed = true;
}

function summarise({ total, evaluated, satisfied, knockoutFailed }: Tally, icp: Icp): ScoreSummary {
  const fitScore = evaluated === 0 ? 0 : Math.round((100 * satisfied) / evaluated);
  const coverage = total === 0 ? 0 : evaluated / total;
  const capped = knockoutFailed ? Math.min(fitScore, knockoutScoreCap) : fitScore;
  return {
    score: capped,
    fitScore,
    tier: tierFor(capped, coverage, knockoutFailed),
    coverage,
    qualified: !knockoutFailed && capped >= icp.threshold,
    knockoutFailed,
  };
}

/** For a must-not criterion "matched" means the excluded condition does not hold. */
function statusOf(criterion: CompiledCriterion, status: CriterionStatus): CriterionStatus {
  return criterion.knockout === "must-not" ? invert(status) : status;
}

function judge(criterion: CompiledCriterion, input: ScoringInput): CriterionResult {
  const evaluation = criterion.evaluate(input);
  const row: CriterionResult = {
    criterionId: criterion.id,
    label: criterion.label,
    layer: criterion.layer,
    status: statusOf(criterion, evaluation.status),
    weight: criterion.weight,
  };
  if (evaluation.evidence) row.evidence = evaluation.evidence;
  if (criterion.knockout) row.knockout = criterion.knockout;
  return row;
}

function invert(status: CriterionStatus): CriterionStatus {
  if (status === "unknown") return status;
  return status === "matched" ? "not-matched" : "matched";
}

/** Hints for unknown criteria, knock-outs first, then by weight; one line per page to open. */
function researchFor(
  breakdown: readonly CriterionResult[],
  criteria: readonly CompiledCriterion[],
  language: HintLanguage,
): string[] {
  const priority = (row: CriterionResult) => (row.knockout ? 6 : row.weight);
  const gaps = breakdown
    .map((row, index) => ({ row, hint: criteria[index]?.hint(language) ?? "" }))
    .filter(({ row, hint }) => row.status === "unknown" && hint)
    .sort((a, b) => priority(b.row) - priority(a.row) || a.hint.localeCompare(b.hint));
  return [...new Set(gaps.map(({ hint }) => hint))];
}
