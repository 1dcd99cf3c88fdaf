import { describe, expect, it } from "vitest";
import {
  fisherExact,
  normalCdf,
  sampleSizePerVariant,
  twoProportionZTest,
  wilsonInterval,
} from "../../../lib/metrics/stats";

describe("fisherExact (two-sided)", () => {
  it("matches the tea-tasting table [[3,1],[1,3]]: p = 0.4857", () => {
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(0.4857, 4);
  });

  it("matches [[10,2],[3,15]]: p = 0.000537 (R fisher.test, scipy)", () => {
    expect(fisherExact(10, 2, 3, 15)).toBeCloseTo(0.0005367, 7);
  });

  it("matches [[1,9],[11,3]]: p = 0.002759 and is symmetric in rows and columns", () => {
    expect(fisherExact(1, 9, 11, 3)).toBeCloseTo(0.0027595, 7);
    expect(fisherExact(11, 3, 1, 9)).toBeCloseTo(0.0027595, 7);
    expect(fisherExact(1, 11, 9, 3)).toBeCloseTo(0.0027595, 7);
  });

  it("gives 1 for identical rows and stays finite for large counts (log space)", () => {
    expect(fisherExact(5, 5, 5, 5)).toBeCloseTo(1, 10);
    const p = fisherExact(5000, 5000, 4800, 5200);
    expect(Number.isFinite(p)).toBe(true);
    expect(p).toBeGreaterThan(0.004);
    expect(p).toBeLessThan(0.006);
  });
});

describe("twoProportionZTest", () => {
  // 30/100 vs 20/100: pooled p = 0.25, se = sqrt(0.25 · 0.75 · (1/100 + 1/100)) = 0.061237, z = 0.1 / 0.061237.
  it("computes z = 1.6330, p = 0.1025 for 30/100 vs 20/100", () => {
    const { z, p } = twoProportionZTest(30, 100, 20, 100);
    expect(z).toBeCloseTo(1.633, 4);
    expect(p).toBeCloseTo(0.1025, 4);
  });

  // 45/200 vs 30/200: pooled p = 0.1875, se = sqrt(0.1875 · 0.8125 · 0.01) = 0.039031, z = 0.075 / 0.039031.
  it("computes z = 1.9215, p = 0.0547 for 45/200 vs 30/200", () => {
    const { z, p } = twoProportionZTest(45, 200, 30, 200);
    expect(z).toBeCloseTo(1.9215, 4);
    expect(p).toBeCloseTo(0.0547, 4);
  });

  it("returns p = 1 when nothing varies", () => {
    expect(twoProportionZTest(0, 50, 0, 50)).toEqual({ z: 0, p: 1 });
  });
});

describe("normalCdf", () => {
  it("matches the table values", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });
});

describe("wilsonInterval (95 %)", () => {
  it("gives [0.2189, 0.3958] for 30 of 100", () => {
    const { low, high } = wilsonInterval(30, 100);
    expect(low).toBeCloseTo(0.2189, 4);
    expect(high).toBeCloseTo(0.3958, 4);
  });

  it("stays inside [0, 1] at the edges", () => {
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10).low).toBeCloseTo(0.7225, 4);
    expect(wilsonInterval(10, 10).high).toBe(1);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe("sampleSizePerVariant (80 % power, α = 0.05)", () => {
  it("needs 294 per variant to tell 30 % from 20 %", () => {
    expect(sampleSizePerVariant(0.3, 0.2)).toBe(294);
  });

  it("needs 3841 per variant to tell 10 % from 12 %, and infinitely many for no effect", () => {
    expect(sampleSizePerVariant(0.1, 0.12)).toBe(3841);
    expect(sampleSizePerVariant(0.1, 0.1)).toBe(Number.POSITIVE_INFINITY);
  });
});
