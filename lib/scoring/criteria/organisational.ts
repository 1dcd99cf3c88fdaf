import type { Company } from "../../model/company";
import type { CriterionOf } from "../../model/icp";
import { fieldEvidence } from "../evidence";
import { classifyTitle, type JobFunction } from "../normalise/title";
import { type Evaluate, judged, unknown } from "../types";
import { within } from "./firmographic";

/**
 * Head count of one function from the LinkedIn "People" breakdown. LinkedIn lists only the
 * largest functions, so a function missing from the list is unknown rather than zero.
 */
export function compileDepartmentSize(criterion: CriterionOf<"department-size">): Evaluate {
  return ({ company }) => {
    const counts = company && functionCounts(company);
    const size = counts?.get(criterion.department);
    if (!company || size === undefined) return unknown;
    const evidence = fieldEvidence(company.sources, "departmentCounts", `${size} in ${criterion.department}`);
    return judged(within(size, criterion.min, criterion.max), evidence);
  };
}

/** At least one of the functions has people at the company. */
export function compileRolesPresent(criterion: CriterionOf<"roles-present">): Evaluate {
  return ({ company }) => {
    const counts = company && functionCounts(company);
    if (!company || !counts || counts.size === 0) return unknown;
    const present = criterion.functions.filter((fn) => (counts.get(fn) ?? 0) > 0);
    const shown = present.length > 0 ? present.join(", ") : [...counts.keys()].join(", ");
    return judged(present.length > 0, fieldEvidence(company.sources, "departmentCounts", shown));
  };
}

/** Department labels ("Engineering", "Vertrieb", "Business Development") summed per function. */
function functionCounts(company: Company): Map<JobFunction, number> | undefined {
  if (!company.departmentCounts) return undefined;
  const counts = new Map<JobFunction, number>();
  for (const [label, count] of Object.entries(company.departmentCounts)) {
    const fn = classifyTitle(label)?.function;
    if (fn) counts.set(fn, (counts.get(fn) ?? 0) + count);
  }
  return counts;
}
