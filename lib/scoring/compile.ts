import { criterionLayer, type Icp, type IcpCriterion, type IcpLayer } from "../model/icp";
import { compileCriterion } from "./criteria";
import { describeCriterion } from "./labels";
import { type HintLanguage, researchHint } from "./research";
import type { Evaluate } from "./types";

/** A criterion with everything that does not depend on the prospect worked out once. */
export type CompiledCriterion = {
  id: string;
  label: string;
  layer: IcpLayer;
  /** Points at stake; 0 for knock-outs, which gate the tier instead of adding points. */
  weight: number;
  knockout?: "must" | "must-not";
  /** The research hint for an unknown value, in the UI language. */
  hint: (language: HintLanguage) => string;
  evaluate: Evaluate;
};

const compiled = new WeakMap<Icp, CompiledCriterion[]>();

/** Cached per ICP object: ICPs are replaced, not mutated, when edited (Dexie hands out new objects). */
export function compileIcp(icp: Icp): CompiledCriterion[] {
  const cached = compiled.get(icp);
  if (cached) return cached;
  const criteria = icp.criteria.map(compileOne);
  compiled.set(icp, criteria);
  return criteria;
}

function compileOne(criterion: IcpCriterion): CompiledCriterion {
  const { importance } = criterion;
  const base = {
    id: criterion.id,
    label: describeCriterion(criterion),
    layer: criterionLayer[criterion.kind],
    hint: (language: HintLanguage) =>
      researchHint(criterion.kind, criterion.kind === "location" && criterion.of === "person", language),
    evaluate: compileCriterion(criterion),
  };
  return importance.kind === "weight"
    ? { ...base, weight: importance.weight }
    : { ...base, weight: 0, knockout: importance.kind };
}
