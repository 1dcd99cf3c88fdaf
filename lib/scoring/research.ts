import type { CriterionKind } from "../model/icp";

/** What to open to fill a gap, per criterion kind; several kinds share a page. */
const hints: Record<CriterionKind, string> = {
  industry: "Industry unknown: open the LinkedIn company page",
  employees: "Company size unknown: open the LinkedIn company page",
  revenue: "Revenue unknown: check the company's Impressum, annual report or CRM record",
  founded: "Founding year unknown: open the LinkedIn company page",
  "company-type": "Company type unknown: open the LinkedIn company page",
  technology: "Tech stack unknown: research the company website",
  "department-size": "Team sizes unknown: open the People tab of the LinkedIn company page",
  "roles-present": "Team sizes unknown: open the People tab of the LinkedIn company page",
  location: "Location unknown: open the LinkedIn company page",
  "funding-stage": "Funding unknown: check the company's press page or news",
  "raised-within": "Funding unknown: check the company's press page or news",
  hiring: "Hiring unknown: open the Jobs tab of the LinkedIn company page or the careers page",
  "headcount-growth": "Headcount growth unknown: open the LinkedIn company page",
  seniority: "Role unknown: open the person's LinkedIn profile",
  "job-function": "Role unknown: open the person's LinkedIn profile",
  "title-keywords": "Role unknown: open the person's LinkedIn profile",
};

const personLocationHint = "Location unknown: open the person's LinkedIn profile";

export function researchHint(kind: CriterionKind, ofPerson = false): string {
  return kind === "location" && ofPerson ? personLocationHint : hints[kind];
}
