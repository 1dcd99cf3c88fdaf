import type { Person, ProspectStatus } from "../model";

export const factsNeeded = 3;

export type ReadinessGap = "facts" | "score" | "unscored";

/** Whether a prospect may be drafted for: three picked facts and a score at or above the threshold. */
export function readinessGaps(
  person: Pick<Person, "score">,
  selectedFacts: number,
  threshold: number | undefined,
): ReadinessGap[] {
  const gaps: ReadinessGap[] = [];
  if (selectedFacts < factsNeeded) gaps.push("facts");
  if (threshold !== undefined) {
    if (person.score === undefined) gaps.push("unscored");
    else if (person.score < threshold) gaps.push("score");
  }
  return gaps;
}

/**
 * The status after a change of facts or score: research states move to "ready"
 * and back on their own; statuses the user set later in the funnel are left alone.
 */
export function statusAfter(status: ProspectStatus, ready: boolean): ProspectStatus {
  if (ready && (status === "new" || status === "researching")) return "ready";
  if (!ready && status === "ready") return "researching";
  return status;
}
