import type { Company } from "../model/company";
import type { Person } from "../model/person";
import type { Signal, SignalWording } from "../model/signal";

/** The value a criterion was judged on, and the page it was captured from; a signal's wording for other languages. */
export type Evidence = { value: string; sourceUrl?: string; wording?: SignalWording };

/** Whether a criterion's condition holds, before must / must-not are applied. */
export type Evaluation = { status: "matched" | "not-matched" | "unknown"; evidence?: Evidence };

/** Everything known about one prospect at scoring time. */
export type ScoringInput = {
  person?: Person;
  company?: Company;
  signals: readonly Signal[];
  now: number;
};

/** A criterion compiled once per ICP into a function over prospects. */
export type Evaluate = (input: ScoringInput) => Evaluation;

export const unknown: Evaluation = { status: "unknown" };

export function judged(holds: boolean, evidence?: Evidence): Evaluation {
  const status = holds ? "matched" : "not-matched";
  return evidence ? { status, evidence } : { status };
}
