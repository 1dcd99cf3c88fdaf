import { describe, expect, it } from "vitest";
import { fundingAmount } from "../../../lib/research/funding";
import { extractSignals } from "../../../lib/research/signals";

/** The total raised so far is no round's amount: a rep congratulating on it would name the wrong figure. */

const url = "https://www.kestrel.example/press/funding";
const rounds = (lines: string[], title?: string) =>
  extractSignals(lines, url, "2025-06-03", title).flatMap((signal) => (signal.funding ? [signal.funding] : []));

describe("totals raised so far", () => {
  it.each([
    "Kestrel brings total funding to $40 million.",
    "Kestrel has now raised €25M in total.",
    "Damit hat Kestrel nun insgesamt 30 Millionen Euro eingesammelt.",
    "Kestrel's total raised to date is $45M.",
    "Vireo has raised a total of $20.6M since its incorporation in 2020.",
    "Kestrel hat bislang 12 Mio. Euro eingesammelt.",
    "Kestrel hat insgesamt 4 Mio. Euro seit der Gründung eingesammelt.",
  ])("%s", (sentence) => {
    expect(fundingAmount(sentence)).toBeUndefined();
  });

  it("keeps a sum that is the round's own", () => {
    expect(fundingAmount("Kestrel closes its Series A with a total of $30M.")).toMatchObject({ amount: 30e6 });
    expect(fundingAmount("Kestrel hat in der Series A insgesamt 6 Millionen Euro eingesammelt.")).toMatchObject({
      amount: 6e6,
    });
  });

  it("gives a headline's round no amount when the headline tells the total", () => {
    const found = rounds(
      [
        "Kestrel today announced a $15M Series B led by Quill Capital.",
        "The company plans to double its engineering team in Lisbon.",
      ],
      "Kestrel's Series B brings total funding to $40 million",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ round: "Series B", amount: 15e6, investors: ["Quill Capital"] });
  });

  it("tells of no round when a page only tells the total raised", () => {
    expect(rounds(["Since its founding in 2016, Kestrel has now raised $80M in total from Quill Capital."])).toEqual(
      [],
    );
  });
});

describe("a headline naming the round and a lead telling its amount", () => {
  it("are one round", () => {
    const found = rounds(
      [
        "A month ago we announced that Kestrel is now its own company.",
        "Today we're announcing a $31 million investment from Quill Capital.",
      ],
      "Announcing our Series A funding",
    );
    expect(found).toEqual([
      { round: "Series A", amount: 31e6, currency: "USD", date: "2025-06-03", investors: ["Quill Capital"] },
    ]);
  });

  it("stay apart when the lead tells another round", () => {
    const found = rounds(["Kestrel raised $4M in a seed round in 2021."], "Announcing our Series A funding");
    expect(found.some((round) => round.round === "Series A" && round.amount === 4e6)).toBe(false);
  });
});
