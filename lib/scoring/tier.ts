/**
 * Tier rules, in one place so the UI can explain them:
 * - A: score ≥ 80 and at least half of the criterion weight evaluated (coverage ≥ 0.5),
 *   so a prospect known on one criterion alone cannot reach A;
 * - B: score ≥ 60 (or A-level score with coverage below 0.5);
 * - C: score ≥ 40;
 * - D: below 40, or any failed knock-out.
 * A failed knock-out caps the tier at D (not C): a knock-out means "do not contact", and D
 * keeps such prospects at the bottom of every list. Their score is capped at 39 likewise,
 * so sorting by the cached score agrees with the tier; the uncapped `fitScore` remains.
 */
export type Tier = "A" | "B" | "C" | "D";

export const tierThresholds = { A: 80, B: 60, C: 40 } as const;
export const minCoverageForA = 0.5;
export const knockoutScoreCap = tierThresholds.C - 1;

export function tierFor(score: number, coverage: number, knockoutFailed: boolean): Tier {
  if (knockoutFailed) return "D";
  if (score >= tierThresholds.A && coverage >= minCoverageForA) return "A";
  if (score >= tierThresholds.B) return "B";
  return score >= tierThresholds.C ? "C" : "D";
}
