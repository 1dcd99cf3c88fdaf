import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel.example/blog/update";
const read = (...lines: string[]) => extractSignals(lines, url, "2025-03-23");
const types = (...lines: string[]) => read(...lines).map((signal) => signal.type);

describe("launches and markets as company blogs word them", () => {
  it("reads a launch in the U.S. as a new market only", () => {
    expect(types("Kestrel Launches in the U.S.")).toEqual(["new-market"]);
  });

  it("reads a feature available in a product as a launch, one available in a country as a market", () => {
    expect(types("Webhooks are now available in Kestrel")).toEqual(["product-launch"]);
    expect(types("Kestrel is now available in Spain and Portugal.")).toContain("new-market");
  });

  it("reads a German headline introducing a product as a launch", () => {
    expect(types("Einführung von Kestrel Park")).toContain("product-launch");
    expect(
      types("Die Einführung der neuen Arbeitszeitregeln hat viele Teams vor große Herausforderungen gestellt."),
    ).not.toContain("product-launch");
  });

  it("reads a German post presenting a first version as a launch, not one presenting the team", () => {
    expect(types("Wir freuen uns, die erste Version der Kestrel App vorzustellen!")).toContain("product-launch");
    expect(types("Wir freuen uns, unser neues Team vorzustellen.")).not.toContain("product-launch");
  });

  it("does not read counts, people, customers or earlier launches as launches", () => {
    expect(types("As of today, we've launched over 150,000 databases.")).not.toContain("product-launch");
    expect(types("Since then he has released two major versions of the library.")).not.toContain("product-launch");
    expect(types("Fleet tools matter for young firms as they're launching into new markets.")).not.toContain(
      "product-launch",
    );
    expect(types("Since we launched our beta several months ago, we got great feedback.")).not.toContain(
      "product-launch",
    );
    expect(types("Introducing Our New Advisors")).not.toContain("product-launch");
    expect(types("We're launching Kestrel CI soon.")).not.toContain("product-launch");
  });

  it("dates a market entered by the page, not by the company's start", () => {
    const [market] = read(
      "Since launching in 2014, we have become a trusted provider, and we are excited to bring our services to the U.S.",
    );
    expect(market?.type).toBe("new-market");
    expect(market?.date).toBe("2025-03-23");
  });
});

describe("rounds as company blogs tell them", () => {
  it("reads the closing of a round", () => {
    const [round] = read(
      "Our expansion includes a new office in Lisbon and the closing of our Series B round at $60 million in financing from our investors Harbor Peak and Norwind.",
    ).filter((signal) => signal.funding);
    expect(round?.funding).toMatchObject({
      round: "Series B",
      amount: 60_000_000,
      investors: ["Harbor Peak", "Norwind"],
    });
  });

  it("joins a round's amount and its name told paragraphs apart, with the lead first", () => {
    const rounds = read(
      "Kestrel raised $80M in May, bringing our total funding to $116M.",
      "This comes one year after our Series A.",
      "We shared a few metrics in our Series A post.",
      "At Series A we had 40,000 developers.",
      "Today we have more than 110,000 developers.",
      "Our Series B is led by Harbor Peak, a team that supports the long-term approach we're taking.",
      "Joining the round are Norwind (who led our Series A & Seed round), Bluefin Partners, and Tallow Capital.",
    ).filter((signal) => signal.funding);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]?.funding).toMatchObject({ round: "Series B", amount: 80_000_000 });
    expect(rounds[0]?.funding?.investors).toEqual(["Harbor Peak", "Norwind", "Bluefin Partners", "Tallow Capital"]);
  });
});
