import { describe, expect, it } from "vitest";
import { fundingInvestors } from "../../../lib/research/funding";

/** An investor is its name only: the words describing it (place, kind, stage) stay out. */

describe("words describing an investor before its name", () => {
  it.each([
    [
      "Ostra raises $5M from Lisbon-based investor Quill Ventures and existing investors Harrow Partners.",
      ["Quill Ventures", "Harrow Partners"],
    ],
    [
      "Die Runde wurde angeführt von der Kieler VC Fjord Capital und dem Bremer Investor Weser Partners.",
      ["Fjord Capital", "Weser Partners"],
    ],
    ["The round was led by early-stage VC firm Quill Ventures.", ["Quill Ventures"]],
    [
      "angeführt vom Frühphaseninvestor Fjord Capital sowie dem Bremer Family Office Weser Holding",
      ["Fjord Capital", "Weser Holding"],
    ],
    ["Investoren sind Dr. Lena Brandt mit der VC Corporation Auenwald.One.", ["Dr. Lena Brandt", "Auenwald.One"]],
    ["led by Quill Ventures and the Paris-based investor Harrow Partners", ["Quill Ventures", "Harrow Partners"]],
  ])("%s", (sentence, names) => {
    expect(fundingInvestors(sentence)).toEqual(names);
  });

  it("reads no name in an apposition describing the investor", () => {
    expect(
      fundingInvestors(
        "The round was led by Fjord Ventures, a Kiel-based venture firm backing Nordic B2B software companies.",
      ),
    ).toEqual(["Fjord Ventures"]);
  });

  it("keeps a name that only looks like a place's adjective when no kind follows it", () => {
    expect(fundingInvestors("with participation from Quill Ventures and the Sparkasse Moorhafen")).toEqual([
      "Quill Ventures",
      "Sparkasse Moorhafen",
    ]);
  });
});
