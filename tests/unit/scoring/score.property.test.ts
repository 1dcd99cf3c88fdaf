import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Company } from "../../../lib/model/company";
import type { CriterionImportance, IcpCriterion, IcpCriterionDraft } from "../../../lib/model/icp";
import type { Person } from "../../../lib/model/person";
import { score } from "../../../lib/scoring/score";
import { knockoutScoreCap } from "../../../lib/scoring/tier";
import { company, criterion, icp, NOW, person } from "./support";

const maybe = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });

const companyArb: fc.Arbitrary<Company> = fc
  .record({
    industry: maybe(["Softwareentwicklung", "Retail", "Financial Services", "Maschinenbau", "Zirkus"]),
    sizeBand: maybe(["11-50 employees", "51–200 Beschäftigte", "201-500 employees", "10,001+ employees"]),
    headquarters: maybe(["Berlin, Germany", "Wien, Österreich", "London Area, United Kingdom", "Deutschland"]),
    technologies: maybe([["HubSpot CRM"], ["Salesforce", "SAP"], []]),
    type: maybe(["Privately Held", "Public Company"]),
  })
  .map((fields) => {
    const base: Company = company("unknown");
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(base, { [key]: value });
    return base;
  });

const personArb: fc.Arbitrary<Person> = maybe([
  "Head of Sales",
  "Geschäftsführer",
  "Software Engineer",
  "Werkstudent",
]).map((title) => ({ ...person("nameonly"), ...(title ? { currentRoles: [{ title, current: true }] } : {}) }));

const weightArb: fc.Arbitrary<CriterionImportance> = fc
  .integer({ min: 1, max: 5 })
  .map((weight) => ({ kind: "weight", weight }));
const importanceArb: fc.Arbitrary<CriterionImportance> = fc.oneof(
  { weight: 4, arbitrary: weightArb },
  { weight: 1, arbitrary: fc.constantFrom<CriterionImportance>({ kind: "must" }, { kind: "must-not" }) },
);

/** Conditions over the fields the prospect arbitraries vary. */
type Make = (importance: CriterionImportance) => IcpCriterionDraft;
const conditionArb: fc.Arbitrary<Make> = fc.oneof<fc.Arbitrary<Make>[]>(
  fc.subarray(["software", "retail", "machinery"] as const, { minLength: 1 }).map(
    (industries) =>
      (importance): IcpCriterionDraft => ({
        kind: "industry",
        industries: [...industries],
        importance,
      }),
  ),
  fc.record({ min: fc.integer({ min: 0, max: 600 }) }).map(
    ({ min }) =>
      (importance): IcpCriterionDraft => ({ kind: "employees", min, importance }),
  ),
  fc.subarray(["DE", "AT", "GB"], { minLength: 1 }).map(
    (countries) =>
      (importance): IcpCriterionDraft => ({ kind: "location", countries, importance }),
  ),
  fc.constantFrom("any", "none").map(
    (mode) =>
      (importance): IcpCriterionDraft => ({ kind: "technology", mode, technologies: ["hubspot"], importance }),
  ),
  fc.constant((importance): IcpCriterionDraft => ({ kind: "company-type", types: ["private"], importance })),
  fc.subarray(["c-level", "head", "individual"] as const, { minLength: 1 }).map(
    (seniorities) =>
      (importance): IcpCriterionDraft => ({
        kind: "seniority",
        seniorities: [...seniorities],
        importance,
      }),
  ),
);

let nextId = 0;
const criterionArb = (importance: fc.Arbitrary<CriterionImportance>): fc.Arbitrary<IcpCriterion> =>
  fc.tuple(conditionArb, importance).map(([make, chosen]) => criterion(make(chosen), `p${++nextId}`));

const prospectArb = fc.record({ person: personArb, company: companyArb });
const criteriaArb = fc.array(criterionArb(importanceArb), { maxLength: 8 });

function statusOf(extra: IcpCriterion, prospect: { person: Person; company: Company }) {
  return score(prospect.person, prospect.company, icp([extra]), [], NOW).breakdown[0]?.status;
}

describe("score properties", () => {
  it("never lowers the score when a satisfied criterion is added", () => {
    fc.assert(
      fc.property(prospectArb, criteriaArb, criterionArb(importanceArb), fc.nat(), (prospect, criteria, extra, at) => {
        fc.pre(statusOf(extra, prospect) === "matched");
        const before = score(prospect.person, prospect.company, icp(criteria), [], NOW);
        const withExtra = criteria.toSpliced(at % (criteria.length + 1), 0, extra);
        const after = score(prospect.person, prospect.company, icp(withExtra), [], NOW);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.fitScore).toBeGreaterThanOrEqual(before.fitScore);
      }),
      { numRuns: 300 },
    );
  });

  it("always caps the tier at D when a knock-out fails", () => {
    const knockoutArb = criterionArb(fc.constantFrom<CriterionImportance>({ kind: "must" }, { kind: "must-not" }));
    fc.assert(
      fc.property(prospectArb, criteriaArb, knockoutArb, fc.nat(), (prospect, criteria, knockout, at) => {
        fc.pre(statusOf(knockout, prospect) === "not-matched");
        const withKnockout = criteria.toSpliced(at % (criteria.length + 1), 0, knockout);
        const result = score(prospect.person, prospect.company, icp(withKnockout), [], NOW);
        expect(result.knockoutFailed).toBe(true);
        expect(result.tier).toBe("D");
        expect(result.score).toBeLessThanOrEqual(knockoutScoreCap);
        expect(result.qualified).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of criteria", () => {
    const shuffledArb = criteriaArb.chain((criteria) =>
      fc.tuple(fc.constant(criteria), fc.shuffledSubarray(criteria, { minLength: criteria.length })),
    );
    fc.assert(
      fc.property(prospectArb, shuffledArb, (prospect, [criteria, shuffled]) => {
        const a = score(prospect.person, prospect.company, icp(criteria), [], NOW);
        const b = score(prospect.person, prospect.company, icp(shuffled), [], NOW);
        expect(b.score).toBe(a.score);
        expect(b.tier).toBe(a.tier);
        expect(b.coverage).toBeCloseTo(a.coverage, 12);
        expect(b.knockoutFailed).toBe(a.knockoutFailed);
        expect(b.nextResearch).toEqual(a.nextResearch);
        const byId = (rows: typeof a.breakdown) => [...rows].sort((x, y) => x.criterionId.localeCompare(y.criterionId));
        expect(byId(b.breakdown)).toEqual(byId(a.breakdown));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps score within 0-100 and coverage within 0-1", () => {
    fc.assert(
      fc.property(prospectArb, criteriaArb, (prospect, criteria) => {
        const result = score(prospect.person, prospect.company, icp(criteria), [], NOW);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.coverage).toBeGreaterThanOrEqual(0);
        expect(result.coverage).toBeLessThanOrEqual(1);
      }),
    );
  });
});
