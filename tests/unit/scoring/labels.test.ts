import { describe, expect, it } from "vitest";
import type { IcpCriterionDraft } from "../../../lib/model/icp";
import { describeCriterion } from "../../../lib/scoring/labels";
import { researchHint } from "../../../lib/scoring/research";
import { criterion, weight } from "./support";

const w = weight(3);

describe("describeCriterion", () => {
  it.each<[IcpCriterionDraft, string]>([
    [{ kind: "industry", industries: ["software", "retail"], importance: w }, "Industry: Software Development, Retail"],
    [{ kind: "employees", min: 50, max: 500, importance: w }, "Employees: 50-500"],
    [{ kind: "employees", min: 1000, importance: w }, "Employees: at least 1,000"],
    [{ kind: "revenue", max: 10_000_000, currency: "EUR", importance: w }, "Revenue: at most €10M"],
    [{ kind: "founded", from: 2015, importance: w }, "Founded: at least 2015"],
    [{ kind: "company-type", types: ["private"], importance: w }, "Company type: private"],
    [{ kind: "technology", mode: "none", technologies: ["Salesforce"], importance: w }, "Uses none of: Salesforce"],
    [{ kind: "department-size", department: "engineering", min: 10, importance: w }, "engineering team: at least 10"],
    [{ kind: "roles-present", functions: ["sales"], importance: w }, "Has people in: sales"],
    [{ kind: "location", countries: ["DE"], cities: ["Wien"], importance: w }, "Company in DE, Wien"],
    [{ kind: "location", of: "person", regions: ["DE-BY"], importance: w }, "Person in DE-BY"],
    [{ kind: "funding-stage", stages: ["seed"], importance: w }, "Funding stage: seed"],
    [{ kind: "raised-within", months: 12, importance: w }, "Raised money in the last 12 months"],
    [{ kind: "hiring", department: "sales", minOpenJobs: 2, importance: w }, "Hiring in sales: 2+ open jobs"],
    [{ kind: "hiring", importance: w }, "Hiring"],
    [{ kind: "headcount-growth", minPercent: 20, importance: w }, "Headcount growth: 20% or more"],
    [{ kind: "seniority", seniorities: ["vp"], importance: w }, "Seniority: vp"],
    [{ kind: "job-function", functions: ["hr"], importance: w }, "Function: hr"],
    [{ kind: "title-keywords", keywords: ["Leiter"], importance: w }, "Title contains: Leiter"],
  ])("describes %j", (draft, label) => {
    expect(describeCriterion(criterion(draft))).toBe(label);
  });

  it("prefers the user's label", () => {
    expect(describeCriterion(criterion({ kind: "hiring", label: "Growing team", importance: w }))).toBe("Growing team");
  });
});

describe("researchHint", () => {
  it("points to the page that fills the gap", () => {
    expect(researchHint("employees")).toBe("Company size unknown: open the LinkedIn company page");
    expect(researchHint("location", true)).toBe("Location unknown: open the person's LinkedIn profile");
    expect(researchHint("technology")).toBe("Tech stack unknown: research the company website");
  });
});
