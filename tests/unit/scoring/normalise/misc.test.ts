import { describe, expect, it } from "vitest";
import { normaliseCompanyType } from "../../../../lib/scoring/normalise/company-type";
import { monthsBetween, parseLooseDate } from "../../../../lib/scoring/normalise/date";
import { normaliseFundingStage } from "../../../../lib/scoring/normalise/funding-stage";
import { compact, containsPhrase, fold, memoise } from "../../../../lib/scoring/normalise/text";

describe("text folding", () => {
  it("folds case, umlauts, ß, dashes and spaces", () => {
    expect(fold("  Großraum\u00a0MÜNCHEN – Süd ")).toBe("grossraum munchen - sud");
    expect(compact("Hub-Spot CRM")).toBe("hubspotcrm");
  });

  it("finds whole phrases only", () => {
    expect(containsPhrase("vp sales", "vp")).toBe(true);
    expect(containsPhrase("vpn engineer", "vp")).toBe(false);
    expect(containsPhrase("vpn and vp", "vp")).toBe(true);
    expect(containsPhrase("anything", "")).toBe(false);
  });

  it("memoises results, including undefined, and survives a full cache", () => {
    let calls = 0;
    const lookup = memoise((input: string) => {
      calls++;
      return input === "none" ? undefined : input.length;
    }, 2);
    expect([lookup("ab"), lookup("ab"), lookup("none"), lookup("none")]).toEqual([2, 2, undefined, undefined]);
    expect(calls).toBe(2);
    expect(lookup("abc")).toBe(3);
    expect(lookup("ab")).toBe(2);
    expect(calls).toBe(4);
  });
});

describe("normaliseCompanyType", () => {
  it.each([
    ["Privately Held", "private"],
    ["In Privatbesitz", "private"],
    ["Public Company", "public"],
    ["Börsennotiertes Unternehmen", "public"],
    ["Self-Employed", "self-employed"],
    ["Nonprofit", "non-profit"],
    ["Government Agency", "government"],
    ["Educational", "education"],
    ["Partnership", "partnership"],
    ["Sole Proprietorship", "sole-proprietorship"],
  ])("maps %s to %s", (text, type) => {
    expect(normaliseCompanyType(text)).toBe(type);
  });

  it("returns undefined for unknown types", () => {
    expect(normaliseCompanyType("Cooperative of dreams")).toBeUndefined();
  });
});

describe("normaliseFundingStage", () => {
  it.each([
    ["Pre-Seed", "pre-seed"],
    ["Seed", "seed"],
    ["Business Angel", "seed"],
    ["Series A", "series-a"],
    ["Serie B", "series-b"],
    ["Series C", "series-c"],
    ["Series E", "series-d-plus"],
    ["Private Equity", "private-equity"],
    ["IPO", "public"],
  ])("maps %s to %s", (round, stage) => {
    expect(normaliseFundingStage(round)).toBe(stage);
  });

  it("returns undefined for unknown rounds", () => {
    expect(normaliseFundingStage("Grant")).toBeUndefined();
  });
});

describe("parseLooseDate", () => {
  it.each([
    ["2025-03-14", Date.UTC(2025, 2, 14)],
    ["2025-03", Date.UTC(2025, 2, 1)],
    ["14.03.2025", Date.UTC(2025, 2, 14)],
    ["03/2025", Date.UTC(2025, 2, 1)],
    ["03.2025", Date.UTC(2025, 2, 1)],
    ["2025", Date.UTC(2025, 0, 1)],
  ])("reads %s", (text, time) => {
    expect(parseLooseDate(text)).toBe(time);
  });

  it("falls back to Date.parse and rejects nonsense", () => {
    expect(parseLooseDate("March 14, 2025")).toBeTypeOf("number");
    expect(parseLooseDate("soon")).toBeUndefined();
  });

  it("counts months between times", () => {
    expect(monthsBetween(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1))).toBeCloseTo(12, 0);
  });
});
