import { describe, expect, it } from "vitest";
import { findDate } from "../../../lib/research/dates";
import { fundingAmount, fundingInvestors, fundingRound, mergeRounds } from "../../../lib/research/funding";
import { parseNumber, parsePrice } from "../../../lib/research/price";
import { seniorityOf } from "../../../lib/research/seniority";

describe("funding amounts", () => {
  it.each([
    ["raised $18 million in funding", 18_000_000, "USD"],
    ["a $63M USD Series A", 63_000_000, "USD"],
    ["sichert sich €12 Mio. frisches Kapital", 12_000_000, "EUR"],
    ["erhält 12 Millionen Euro", 12_000_000, "EUR"],
    ["schliesst eine Runde über CHF 5 Mio. ab", 5_000_000, "CHF"],
    ["eine Finanzierung über 2,5 Mio. €", 2_500_000, "EUR"],
    ["raised £1.2bn", 1_200_000_000, "GBP"],
    ["raises US$ 40 million", 40_000_000, "USD"],
  ])("%s", (sentence, amount, currency) => {
    expect(fundingAmount(sentence)).toMatchObject({ amount, currency });
  });

  it("ignores prices and years", () => {
    expect(fundingAmount("Plans start at $29 per month")).toBeUndefined();
    expect(fundingAmount("Founded in 2019")).toBeUndefined();
  });

  it.each([
    ["our Seed round", "Seed"],
    ["a pre-seed round", "Pre-Seed"],
    ["Series B funding", "Series B"],
    ["Series-A-Finanzierungsrunde", "Series A"],
    ["eine Finanzierungsrunde", "Finanzierungsrunde"],
  ])("round in %s", (sentence, round) => {
    expect(fundingRound(sentence)).toBe(round);
  });

  it("reads investors named in German word order and English follow-ups", () => {
    expect(
      fundingInvestors("Angeführt wird die Runde von Cherry Ventures, beteiligt sind außerdem Project A und HTGF."),
    ).toEqual(["Cherry Ventures", "Project A", "HTGF"]);
    expect(
      fundingInvestors("The round was led by Harbor Peak, joined by existing investors Cobalt Seed and Kite."),
    ).toEqual(["Harbor Peak", "Cobalt Seed", "Kite"]);
  });

  it("reads lead and participating investors", () => {
    expect(
      fundingInvestors(
        "raised $18M led by Rita Hale and Ben Ode at Harbor Peak Ventures, with participation from Cobalt Seed and Lantern Capital.",
      ),
    ).toEqual(["Harbor Peak Ventures", "Cobalt Seed", "Lantern Capital"]);
    expect(fundingInvestors("Die Runde wurde angeführt von Elbe Capital und Hanse Invest.")).toEqual([
      "Elbe Capital",
      "Hanse Invest",
    ]);
  });

  it("merges the headline and the body of one announcement", () => {
    const merged = mergeRounds([
      { round: "Finanzierungsrunde", amount: 12e6, currency: "EUR" },
      { round: "Series A", amount: 12e6, investors: ["Elbe Capital"] },
    ]);
    expect(merged).toEqual([{ round: "Series A", amount: 12e6, currency: "EUR", investors: ["Elbe Capital"] }]);
  });
});

describe("prices and numbers", () => {
  it.each([
    ["$29", 29, "USD"],
    ["€ 49 / Monat", 49, "EUR"],
    ["49,90 €", 49.9, "EUR"],
    ["CHF 120", 120, "CHF"],
    ["ab 19 € pro Nutzer", 19, "EUR"],
    ["1.200 €", 1200, "EUR"],
    ["€49 per user / month", 49, "EUR"],
    ["$12 /seat/mo", 12, "USD"],
  ])("%s", (text, price, currency) => {
    expect(parsePrice(text)).toEqual({ price, currency });
  });

  it("rejects sentences", () => {
    expect(parsePrice("Save $20 when you pay yearly for the whole team")).toBeUndefined();
  });

  it.each([
    ["1.234,56", 1234.56],
    ["1,200", 1200],
    ["12.5", 12.5],
    ["1,200,000", 1_200_000],
  ])("parseNumber(%s)", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe("dates", () => {
  it.each([
    ["Published 19 January 2022", "2022-01-19"],
    ["January 19, 2022", "2022-01-19"],
    ["Hamburg, 14. März 2025", "2025-03-14"],
    ["am 05.08.2025", "2025-08-05"],
    ["2024-06-25T10:00:00Z", "2024-06-25"],
    ["3. Jänner 2024", "2024-01-03"],
  ])("%s → %s", (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it("finds nothing in text without a date", () => {
    expect(findDate("Version 2.3.1 released")).toBeUndefined();
  });
});

describe("seniority", () => {
  it.each([
    ["Werkstudent*in Marketing", "intern"],
    ["Junior Frontend Engineer", "junior"],
    ["Senior Data Engineer (m/w/d)", "senior"],
    ["Staff Backend Engineer", "lead"],
    ["Head of Sales, DACH", "head"],
    ["Teamleiter Kundenservice", "lead"],
    ["VP of Engineering", "executive"],
    ["Chief Revenue Officer", "executive"],
  ])("%s → %s", (title, level) => {
    expect(seniorityOf(title)).toBe(level);
  });

  it("says nothing when the title does not", () => {
    expect(seniorityOf("Data Engineer")).toBeUndefined();
  });
});
