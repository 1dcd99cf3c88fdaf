import { describe, expect, it } from "vitest";
import { withoutRepeatedRounds } from "@/lib/facts/same-round";
import type { Signal, SignalWording } from "@/lib/model";

const day = 86_400_000;
const roundDay = Date.parse("2026-09-09T00:00:00Z");
const provenance = {
  sourceUrl: "https://www.linkedin.com/company/kranwerk/",
  capturedAt: roundDay,
  extractor: "x",
  extractorVersion: "1",
};

function funding(
  id: string,
  wording: Omit<Extract<SignalWording, { kind: "funding" }>, "kind">,
  dayOffset = 0,
  quote?: string,
): Signal {
  return {
    id,
    type: "funding",
    companyId: "c",
    summary: `Funding ${id}`,
    wording: { kind: "funding", ...wording },
    quote,
    date: roundDay + dayOffset * day,
    provenance,
  };
}

const post: Signal = {
  id: "post",
  type: "post",
  companyId: "c",
  summary: "Posted about churn",
  date: roundDay,
  provenance,
};

describe("withoutRepeatedRounds", () => {
  it("tells a round once when LinkedIn's card and the press release both tell it, keeping the one with investors", () => {
    const card = funding("card", { round: "Series A", amount: 12_000_000, currency: "USD" });
    const release = funding(
      "release",
      { round: "Series-A-Finanzierungsrunde", amount: 12_000_000, currency: "EUR", investors: ["Hafenblick Ventures"] },
      1,
      "Kranwerk sammelt 12 Mio. € ein.",
    );
    expect(withoutRepeatedRounds([post, card, release]).map((signal) => signal.id)).toEqual(["post", "release"]);
    expect(withoutRepeatedRounds([release, post, card]).map((signal) => signal.id)).toEqual(["release", "post"]);
  });

  it("takes a round named only by a generic word, or not at all, as the same round when the amounts agree", () => {
    const card = funding("card", { round: "Series A", amount: 13_000_000, currency: "USD" });
    const release = funding("release", { round: "Finanzierungsrunde", amount: 12_000_000, currency: "EUR" }, -3);
    const bare = funding("bare", { amount: 12_500_000 }, 2);
    expect(withoutRepeatedRounds([card, release, bare]).map((signal) => signal.id)).toEqual(["card"]);
  });

  it("keeps rounds that differ in name, amount or date", () => {
    const seriesA = funding("a", { round: "Series A", amount: 12_000_000 });
    const seriesB = funding("b", { round: "Series B", amount: 12_000_000 }, 2);
    const smaller = funding("seed", { amount: 2_000_000 }, 1);
    const later = funding("later", { round: "Series A", amount: 12_000_000 }, 200);
    const vague = funding("vague", { investors: ["Alster Capital"] }, 1);
    expect(withoutRepeatedRounds([seriesA, seriesB, smaller, later, vague]).map((signal) => signal.id)).toEqual([
      "a",
      "b",
      "seed",
      "later",
      "vague",
    ]);
  });
});
