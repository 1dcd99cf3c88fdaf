import { describe, expect, it } from "vitest";
import { parseLocaleNumber } from "../../../../lib/scoring/normalise/number";
import { convertMoney, type Money, parseMoney } from "../../../../lib/scoring/normalise/revenue";

describe("parseLocaleNumber", () => {
  it.each([
    ["1.234,56", 1234.56],
    ["1,234.56", 1234.56],
    ["1'234.50", 1234.5],
    ["1 234", 1234],
    ["1,5", 1.5],
    ["2.5", 2.5],
    ["10,001", 10_001],
    ["1.234", 1234],
    ["1.234.567", 1_234_567],
    ["-42", -42],
    ["EUR 12", 12],
  ])("reads %s as %d", (text, value) => {
    expect(parseLocaleNumber(text)).toBe(value);
  });

  it("returns undefined without digits", () => {
    expect(parseLocaleNumber("n/a")).toBeUndefined();
  });
});

describe("parseMoney", () => {
  it.each<[string, Money]>([
    ["$10M", { amount: 10_000_000, currency: "USD" }],
    ["10 Mio. €", { amount: 10_000_000, currency: "EUR" }],
    ["1,5 Mrd.", { amount: 1_500_000_000 }],
    ["€2.5 million", { amount: 2_500_000, currency: "EUR" }],
    ["1.234,56", { amount: 1234.56 }],
    ["CHF 12 Mio.", { amount: 12_000_000, currency: "CHF" }],
    ["£4m", { amount: 4_000_000, currency: "GBP" }],
    ["USD 3bn", { amount: 3_000_000_000, currency: "USD" }],
    ["500k EUR", { amount: 500_000, currency: "EUR" }],
    ["2,3 Millionen Euro", { amount: 2_300_000, currency: "EUR" }],
    ["$10M-$50M", { amount: 10_000_000, currency: "USD" }],
  ])("reads %s", (text, money) => {
    const parsed = parseMoney(text);
    expect(parsed?.currency).toBe(money.currency);
    expect(parsed?.amount).toBeCloseTo(money.amount);
  });

  it("returns undefined without a number", () => {
    expect(parseMoney("undisclosed")).toBeUndefined();
  });

  it("converts roughly between currencies and keeps an unstated currency as the target", () => {
    expect(convertMoney({ amount: 100, currency: "EUR" }, "EUR")).toBe(100);
    expect(convertMoney({ amount: 100, currency: "USD" }, "EUR")).toBeCloseTo(92);
    expect(convertMoney({ amount: 100 }, "CHF")).toBe(100);
  });
});
