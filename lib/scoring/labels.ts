import type { CriterionKind, CriterionOf, IcpCriterion } from "../model/icp";
import { industryLabel } from "./normalise/industry";
import { formatMoney } from "./normalise/revenue";

type Describers = { [K in CriterionKind]: (criterion: CriterionOf<K>) => string };

/** English descriptions for criteria without a label of their own; the UI may translate by kind. */
const describers: Describers = {
  industry: (c) => `Industry: ${c.industries.map((id) => industryLabel(id)).join(", ")}`,
  employees: (c) => `Employees: ${bounds(c.min, c.max, (n) => n.toLocaleString("en"))}`,
  revenue: (c) => `Revenue: ${bounds(c.min, c.max, (n) => formatMoney(n, c.currency))}`,
  founded: (c) => `Founded: ${bounds(c.from, c.to, String)}`,
  "company-type": (c) => `Company type: ${c.types.join(", ")}`,
  technology: (c) => `Uses ${{ any: "any of", all: "all of", none: "none of" }[c.mode]}: ${c.technologies.join(", ")}`,
  "department-size": (c) => `${c.department} team: ${bounds(c.min, c.max, String)}`,
  "roles-present": (c) => `Has people in: ${c.functions.join(", ")}`,
  location: (c) => `${c.of === "person" ? "Person" : "Company"} in ${places(c).join(", ")}`,
  "funding-stage": (c) => `Funding stage: ${c.stages.join(", ")}`,
  "raised-within": (c) => `Raised money in the last ${c.months} months`,
  hiring: (c) =>
    `Hiring${c.department ? ` in ${c.department}` : ""}${c.minOpenJobs ? `: ${c.minOpenJobs}+ open jobs` : ""}`,
  "headcount-growth": (c) => `Headcount growth: ${c.minPercent}% or more`,
  seniority: (c) => `Seniority: ${c.seniorities.join(", ")}`,
  "job-function": (c) => `Function: ${c.functions.join(", ")}`,
  "title-keywords": (c) => `Title contains: ${c.keywords.join(", ")}`,
};

export function describeCriterion(criterion: IcpCriterion): string {
  if (criterion.label) return criterion.label;
  const describe = describers[criterion.kind] as (criterion: IcpCriterion) => string;
  return describe(criterion);
}

function bounds(min: number | undefined, max: number | undefined, format: (n: number) => string): string {
  if (min !== undefined && max !== undefined) return `${format(min)}-${format(max)}`;
  if (min !== undefined) return `at least ${format(min)}`;
  return max !== undefined ? `at most ${format(max)}` : "any";
}

function places(criterion: CriterionOf<"location">): string[] {
  return [...(criterion.countries ?? []), ...(criterion.regions ?? []), ...(criterion.cities ?? [])];
}
