import type { CriterionKind, IcpCriterionDraft, IcpLayer } from "@/lib/model/icp";

const weight3 = { kind: "weight", weight: 3 } as const;

/** What a newly added criterion of each kind starts as: a common choice the user then adjusts. */
export const criterionDefaults: Record<CriterionKind, IcpCriterionDraft> = {
  industry: { kind: "industry", industries: ["software"], importance: weight3 },
  employees: { kind: "employees", min: 50, max: 500, importance: weight3 },
  revenue: { kind: "revenue", min: 5_000_000, currency: "EUR", importance: weight3 },
  founded: { kind: "founded", from: 2010, importance: weight3 },
  "company-type": { kind: "company-type", types: ["private"], importance: weight3 },
  technology: { kind: "technology", mode: "any", technologies: ["HubSpot"], importance: weight3 },
  "department-size": { kind: "department-size", department: "sales", min: 5, importance: weight3 },
  "roles-present": { kind: "roles-present", functions: ["sales"], importance: weight3 },
  location: { kind: "location", countries: ["DE", "AT", "CH"], importance: weight3 },
  "funding-stage": { kind: "funding-stage", stages: ["seed", "series-a"], importance: weight3 },
  "raised-within": { kind: "raised-within", months: 12, importance: weight3 },
  hiring: { kind: "hiring", importance: weight3 },
  "headcount-growth": { kind: "headcount-growth", minPercent: 10, importance: weight3 },
  seniority: { kind: "seniority", seniorities: ["c-level", "vp", "head"], importance: weight3 },
  "job-function": { kind: "job-function", functions: ["sales"], importance: weight3 },
  "title-keywords": { kind: "title-keywords", keywords: ["Revenue"], importance: weight3 },
};

export const criterionKinds = Object.keys(criterionDefaults) as CriterionKind[];

export const layers: readonly IcpLayer[] = [
  "firmographic",
  "technographic",
  "organisational",
  "geographic",
  "business",
  "persona",
];
