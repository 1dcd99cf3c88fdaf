import { describe, expect, it } from "vitest";
import type { IcpCriterion } from "../../../lib/model/icp";
import { score, scoreMany } from "../../../lib/scoring/score";
import { tierFor } from "../../../lib/scoring/tier";
import { company, criterion, icp, NOW, person, weight } from "./support";

const industry = criterion({ kind: "industry", industries: ["software"], importance: weight(5) }, "industry");
const size = criterion({ kind: "employees", min: 50, max: 500, importance: weight(4) }, "size");
const dach = criterion({ kind: "location", countries: ["DE", "AT", "CH"], importance: weight(3) }, "dach");
const seniority = criterion(
  { kind: "seniority", seniorities: ["head", "vp", "c-level"], importance: weight(4) },
  "senior",
);
const hiring = criterion({ kind: "hiring", department: "sales", importance: weight(2) }, "hiring");

function run(criteria: IcpCriterion[], who = person("lena"), where = company("alpenglow"), threshold = 60) {
  return score(who, where, icp(criteria, threshold), [], NOW);
}

describe("score", () => {
  it("scores a fitting prospect 100, tier A, with evidence for every criterion", () => {
    const result = run([industry, size, dach, seniority, hiring]);
    expect(result).toMatchObject({
      score: 100,
      fitScore: 100,
      tier: "A",
      coverage: 1,
      knockoutFailed: false,
      qualified: true,
    });
    expect(result.breakdown.map((row) => row.status)).toEqual(["matched", "matched", "matched", "matched", "matched"]);
    expect(result.breakdown.every((row) => row.evidence?.value)).toBe(true);
    expect(result.nextResearch).toEqual([]);
  });

  it("scores over evaluated weight only and reports coverage", () => {
    const result = run([industry, size, dach, seniority], person("lena"), company("brightside"));
    // industry (5) not matched, size (4) unknown, location (3) not matched, seniority (4) matched
    expect(result.coverage).toBeCloseTo(12 / 16);
    expect(result.score).toBe(Math.round((100 * 4) / 12));
    expect(result.tier).toBe("D");
    expect(result.nextResearch).toEqual(["Company size unknown: open the LinkedIn company page"]);
  });

  it("does not count unknown values as mismatches", () => {
    const known = run([industry, seniority], person("lena"), company("alpenglow"));
    const partial = run([industry, seniority], person("lena"), company("unknown"));
    expect(known.score).toBe(100);
    expect(partial.score).toBe(100);
    expect(partial.coverage).toBeCloseTo(4 / 9);
  });

  it("keeps A for prospects known on at least half of the weight", () => {
    const result = run([industry, size, dach, seniority], person("lena"), company("unknown"));
    expect(result.score).toBe(100);
    expect(result.coverage).toBeCloseTo(4 / 16);
    expect(result.tier).toBe("B");
  });

  it("gives score 0 and coverage 0 when nothing can be evaluated", () => {
    const result = score(undefined, undefined, icp([industry, seniority]), [], NOW);
    expect(result).toMatchObject({ score: 0, coverage: 0, tier: "D", qualified: false });
    expect(result.breakdown.every((row) => row.status === "unknown")).toBe(true);
    expect(result.nextResearch).toEqual([
      "Industry unknown: open the LinkedIn company page",
      "Role unknown: open the person's LinkedIn profile",
    ]);
  });

  it("handles an ICP without criteria", () => {
    expect(run([])).toMatchObject({ score: 0, coverage: 0, tier: "D", breakdown: [], nextResearch: [] });
  });

  it("uses the criterion's own label when it has one", () => {
    const labelled = { ...industry, label: "Core market" };
    expect(run([labelled]).breakdown[0]?.label).toBe("Core market");
  });

  it("applies the ICP threshold to decide qualified leads", () => {
    const criteria = [industry, size, dach, hiring];
    const result = run(criteria, person("lena"), { ...company("alpenglow"), jobTitles: ["Office Manager"] });
    expect(result.score).toBe(86);
    expect(
      run(criteria, person("lena"), { ...company("alpenglow"), jobTitles: ["Office Manager"] }, 90).qualified,
    ).toBe(false);
    expect(result.qualified).toBe(true);
  });
});

describe("knock-outs", () => {
  const mustDach = criterion(
    { kind: "location", countries: ["DE", "AT", "CH"], importance: { kind: "must" } },
    "must-dach",
  );
  const noPublic = criterion(
    { kind: "company-type", types: ["public"], importance: { kind: "must-not" } },
    "no-public",
  );

  it("cap a failed must at tier D and score 39, keeping the fit score", () => {
    const result = run([industry, seniority, mustDach], person("lena"), {
      ...company("alpenglow"),
      headquarters: "London",
    });
    expect(result).toMatchObject({ knockoutFailed: true, tier: "D", score: 39, fitScore: 100, qualified: false });
    expect(result.breakdown[2]).toMatchObject({ status: "not-matched", knockout: "must", weight: 0 });
  });

  it("report a must-not as matched when the excluded condition does not hold", () => {
    const fine = run([industry, noPublic]);
    expect(fine.breakdown[1]).toMatchObject({ status: "matched", knockout: "must-not" });
    expect(fine.knockoutFailed).toBe(false);
    const broken = run([industry, noPublic], person("max"), company("nordlicht"));
    expect(broken.breakdown[1]?.status).toBe("not-matched");
    expect(broken.knockoutFailed).toBe(true);
  });

  it("do not fail when unknown, but their research comes first", () => {
    const result = run([seniority, size, mustDach], person("lena"), company("unknown"));
    expect(result.knockoutFailed).toBe(false);
    expect(result.nextResearch[0]).toBe("Location unknown: open the LinkedIn company page");
  });

  it("add no points of their own", () => {
    expect(run([industry, mustDach]).coverage).toBe(1);
    expect(run([mustDach]).score).toBe(0);
  });
});

describe("tiers", () => {
  it.each([
    [80, 1, false, "A"],
    [79, 1, false, "B"],
    [95, 0.4, false, "B"],
    [60, 1, false, "B"],
    [59, 1, false, "C"],
    [40, 1, false, "C"],
    [39, 1, false, "D"],
    [100, 1, true, "D"],
  ] as const)("score %d, coverage %d, knock-out %s → %s", (value, coverage, knockout, tier) => {
    expect(tierFor(value, coverage, knockout)).toBe(tier);
  });
});

describe("scoreMany", () => {
  it("scores each prospect like score does", () => {
    const theIcp = icp([industry, size, seniority]);
    const prospects = [
      { person: person("lena"), company: company("alpenglow") },
      { person: person("max"), company: company("nordlicht") },
      {},
    ];
    const results = scoreMany(prospects, theIcp, NOW);
    expect(results).toEqual(prospects.map((p) => score(p.person, p.company, theIcp, [], NOW)));
    expect(results.map((result) => result.tier)).toEqual(["A", "D", "D"]);
  });
});
