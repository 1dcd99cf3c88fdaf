import { describe, expect, it } from "vitest";
import {
  bandOf,
  formatSizeRange,
  parseSizeBand,
  representativeCount,
  toSizeRange,
} from "../../../../lib/scoring/normalise/size";

describe("parseSizeBand", () => {
  it.each([
    ["51-200 employees", { min: 51, max: 200 }],
    ["51–200 Beschäftigte", { min: 51, max: 200 }],
    ["11-50 Mitarbeiter", { min: 11, max: 50 }],
    ["1.001-5.000 Mitarbeiter", { min: 1001, max: 5000 }],
    ["1,001-5,000 employees", { min: 1001, max: 5000 }],
    ["10,001+ employees", { min: 10_001 }],
    ["10.001+ Beschäftigte", { min: 10_001 }],
    ["10 001 oder mehr Beschäftigte", { min: 10_001 }],
    ["2-10 employees", { min: 2, max: 10 }],
    ["Myself only", { min: 1, max: 1 }],
    ["Selbstständig", { min: 1, max: 1 }],
    ["250", { min: 250, max: 250 }],
    ["about 1,200 employees", { min: 1200, max: 1200 }],
    ["ca. 80 Mitarbeiterinnen", { min: 80, max: 80 }],
  ])("reads %s", (text, range) => {
    expect(parseSizeBand(text)).toEqual(range);
  });

  it.each(["", "many", "200-50 employees"])("rejects %j", (text) => {
    expect(parseSizeBand(text)).toBeUndefined();
  });

  it("accepts plain counts", () => {
    expect(toSizeRange(42)).toEqual({ min: 42, max: 42 });
    expect(toSizeRange(-1)).toBeUndefined();
  });
});

describe("size helpers", () => {
  it("places counts in LinkedIn bands", () => {
    expect(bandOf(1)).toEqual({ min: 1, max: 10 });
    expect(bandOf(51)).toEqual({ min: 51, max: 200 });
    expect(bandOf(200)).toEqual({ min: 51, max: 200 });
    expect(bandOf(50_000)).toEqual({ min: 10_001 });
  });

  it("represents a band by its midpoint, an open band by its floor", () => {
    expect(representativeCount({ min: 51, max: 200 })).toBe(125.5);
    expect(representativeCount({ min: 10_001 })).toBe(10_001);
  });

  it("formats ranges", () => {
    expect(formatSizeRange({ min: 51, max: 200 })).toBe("51-200");
    expect(formatSizeRange({ min: 10_001 })).toBe("10,001+");
    expect(formatSizeRange({ min: 7, max: 7 })).toBe("7");
  });
});
