import type { CriterionKind, CriterionOf, IcpCriterion } from "../../model/icp";
import type { Evaluate } from "../types";
import { compileFundingStage, compileHeadcountGrowth, compileHiring, compileRaisedWithin } from "./business";
import { compileCompanyType, compileEmployees, compileFounded, compileIndustry, compileRevenue } from "./firmographic";
import { compileLocation } from "./geographic";
import { compileDepartmentSize, compileRolesPresent } from "./organisational";
import { compileJobFunction, compileSeniority, compileTitleKeywords } from "./persona";
import { compileTechnology } from "./technographic";

type Compilers = { [K in CriterionKind]: (criterion: CriterionOf<K>) => Evaluate };

/** One compiler per criterion kind; the mapped type makes a missing kind a type error. */
const compilers: Compilers = {
  industry: compileIndustry,
  employees: compileEmployees,
  revenue: compileRevenue,
  founded: compileFounded,
  "company-type": compileCompanyType,
  technology: compileTechnology,
  "department-size": compileDepartmentSize,
  "roles-present": compileRolesPresent,
  location: compileLocation,
  "funding-stage": compileFundingStage,
  "raised-within": compileRaisedWithin,
  hiring: compileHiring,
  "headcount-growth": compileHeadcountGrowth,
  seniority: compileSeniority,
  "job-function": compileJobFunction,
  "title-keywords": compileTitleKeywords,
};

export function compileCriterion(criterion: IcpCriterion): Evaluate {
  // TypeScript cannot correlate the kind with its compiler through a union; the mapped type above guarantees it.
  const compile = compilers[criterion.kind] as (criterion: IcpCriterion) => Evaluate;
  return compile(criterion);
}
