import { describe, expect, it } from "vitest";
import { fundingAmount, fundingInvestors, fundingRound } from "../../../lib/research/funding";
import { extractSignals } from "../../../lib/research/signals";

/** Earlier rounds told in passing in an article about something else, or beside the article's own round. */

const news = "https://www.kestrelpath.example/news/2025/launch";
const fundingOf = (lines: string[], date = "2025-05-06", title?: string) =>
  extractSignals(lines, news, date, title).filter((signal) => signal.type === "funding");

describe("an earlier round beside the new one", () => {
  it.each([
    ["After a Series B led by Harrow Partners, Kestrelpath now raises $40M in a Series C.", "Series C", 40e6],
    ["Following its $20 million Series A last year, Kestrelpath has raised $55 million.", undefined, 55e6],
    ["Die Firma, die 2021 noch 5 Mio. Euro erhielt, sammelt nun 20 Mio. Euro ein.", undefined, 20e6],
    ["Ostra, which raised €5 Mio. in 2021, now closes a €18 Mio. Series A.", "Series A", 18e6],
    ["After 18 months of growth Kestrelpath has raised $5M in a seed round.", "Seed", 5e6],
  ])("%s", (sentence, round, amount) => {
    expect(fundingRound(sentence)).toBe(round);
    expect(fundingAmount(sentence)?.amount).toBe(amount);
  });

  it("takes the new round, not the earlier one told before it", () => {
    const found = fundingOf([
      "Ten months after the company raised a €600k pre-Seed round, Ostra has raised a €3 million Seed round.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.funding).toMatchObject({ round: "Seed", amount: 3e6, currency: "EUR" });
  });

  it("leaves the earlier round's lead out of the new round's investors", () => {
    expect(
      fundingInvestors("After a Series B led by Harrow Partners, Kestrelpath raises $40M led by Quill Ventures."),
    ).toEqual(["Quill Ventures"]);
  });

  it("gives the article's round the investors named after the total and the earlier rounds", () => {
    const found = fundingOf([
      "Kestrelpath raises $32 million to route freight",
      "Join our weekly newsletter for the latest news on logistics software.",
      "Kestrelpath, a route planning company, has raised $32 million to grow across Europe.",
      "Founded in 2019, Kestrelpath has now raised $50 million in funding, after its $15 million round back in 2021 and $3 million Series A six months earlier.",
      "The latest round was led by new investor Harrow Partners, with participation from existing investors Quill Ventures and Ostra Capital.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.funding).toMatchObject({ amount: 32e6, date: "2025-05-06" });
    expect(found[0]?.funding?.investors).toEqual(["Harrow Partners", "Quill Ventures", "Ostra Capital"]);
  });
});

describe("a story of the rounds raised so far", () => {
  it("keeps the new round, not the total since founding nor the seed round before it", () => {
    const found = fundingOf([
      "Since founding Kestrelpath, we have raised over $15 million in venture capital to build the fastest route planner.",
      "In March 2021, we raised $2m overall, which kicked things off.",
      "Another lesson was to watch dilution; hence we decided to raise $12.5m at a valuation which grew by 10x versus the seed round a year prior to that.",
    ]);
    expect(found.map((signal) => signal.funding?.amount)).toEqual([12.5e6]);
    expect(found[0]?.funding?.round).toBeUndefined();
  });
});

describe("an earlier round in an article about something else", () => {
  it("is no round of the article's date when the article does not date it", () => {
    const found = fundingOf([
      "Kestrelpath launches Lanes for dispatch teams",
      "Lanes builds on Kestrelpath's momentum over the last year, which includes the launch of Depots, a Series B led by Harrow Partners, and a team that doubled.",
    ]);
    expect(found).toEqual([]);
  });

  it("carries the year the sentence gives it, never the article's date", () => {
    const found = fundingOf(["Kestrelpath, which raised $5 million in 2021, today opened an office in Lisbon."]);
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe("2021");
    expect(found[0]?.funding).toMatchObject({ amount: 5e6, date: "2021" });
  });

  it("is no round when a post tells it had raised one before, without a year", () => {
    const found = fundingOf([
      "Kestrelpath joins the spring batch of a startup programme",
      "We had already raised our seed round before joining the programme, so we kept our stake.",
    ]);
    expect(found).toEqual([]);
  });

  it("dates a round of last year by the year before the article", () => {
    const found = fundingOf([
      "Kestrelpath, which raised an $8 million seed round last year, today opened an office in Lisbon.",
    ]);
    expect(found.map((signal) => signal.date)).toEqual(["2024"]);
  });
});
