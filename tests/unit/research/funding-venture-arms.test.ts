import { describe, expect, it } from "vitest";
import { fundingInvestors } from "../../../lib/research/funding";
import { extractSignals } from "../../../lib/research/signals";

/** A company's venture arm is the investor: the parent company is never named as one. */

describe("venture arms of companies", () => {
  it.each([
    ["Kestrel raises $12M Series A led by the venture arm of Norwind Bank.", []],
    ["Kestrel raises $12M led by Norwind Ventures, the corporate venture arm of Norwind Bank.", ["Norwind Ventures"]],
    ["The round was led by Norwind Bank's venture arm, with participation from Quill Capital.", ["Quill Capital"]],
    [
      "The round was led by Norwind Bank’s venture arm Norwind Ventures and Quill Capital.",
      ["Norwind Ventures", "Quill Capital"],
    ],
    ["The round was led by Norwind Bank, through its corporate venture arm, and Quill Capital.", ["Quill Capital"]],
    ["The round was led by Norwind Bank through its venture arm Norwind Ventures.", ["Norwind Ventures"]],
    ["Norwind Ventures, the venture capital arm of Norwind Group, led the round.", ["Norwind Ventures"]],
    ["The venture arm of Norwind Bank also participated in the round.", []],
    ["Kestrel raises $5M from Norwind’s corporate venture capital unit and Quill Capital.", ["Quill Capital"]],
    [
      "The round was led by Quill Capital with participation from the investment arm of Bank of Norwind and Harrow Partners.",
      ["Quill Capital", "Harrow Partners"],
    ],
  ])("%s", (sentence, names) => {
    expect(fundingInvestors(sentence)).toEqual(names);
  });

  it.each([
    [
      "Die Runde wird angeführt vom Risikokapitalarm von Norwind, mit Beteiligung von Quill Capital.",
      ["Quill Capital"],
    ],
    [
      "Die Runde wurde vom Investmentarm der Norwind AG angeführt, mit Beteiligung von Quill Capital.",
      ["Quill Capital"],
    ],
    ["Kestrel sammelt 5 Mio. Euro vom Corporate-Venture-Arm der Norwind AG und Quill Capital ein.", ["Quill Capital"]],
  ])("%s", (sentence, names) => {
    expect(fundingInvestors(sentence)).toEqual(names);
  });

  it("gives the round the arm's name and never the parent's", () => {
    const [signal] = extractSignals(
      ["Kestrel raises $8M Series A led by Norwind Ventures, the corporate venture arm of Norwind Bank."],
      "https://www.kestrel.example/news/series-a",
      "2025-04-02",
    );
    expect(signal?.funding?.investors).toEqual(["Norwind Ventures"]);
    expect(signal?.summary).not.toContain("Norwind Bank");
  });
});

describe("investor names written unusually", () => {
  it.each([
    ["with additional investment from Sorell Capital and Norwind iVentures.", ["Sorell Capital", "Norwind iVentures"]],
    ["with participation from Norwind i Ventures and Sorell Capital.", ["Norwind i Ventures", "Sorell Capital"]],
    ["led by Quill Capital and Past\\Forward Ventures.", ["Quill Capital", "Past\\Forward Ventures"]],
    [
      "Kranwerk hat in einer Finanzierungsrunde unter Führung von Hafenblick Ventures 5 Millionen Euro eingesammelt.",
      ["Hafenblick Ventures"],
    ],
  ])("%s", (sentence, names) => {
    expect(fundingInvestors(sentence)).toEqual(names);
  });

  it("reads no investor in the clause after a German list closed by its participle", () => {
    expect(
      fundingInvestors(
        "Die Runde wurde von führenden deutschen Risikokapitalgebern angeführt, die das Potenzial der Plattform erkannt haben.",
      ),
    ).toEqual([]);
    expect(
      fundingInvestors("Die Runde wurde von Quill Capital und Fjord Ventures angeführt, die bereits investiert sind."),
    ).toEqual(["Quill Capital", "Fjord Ventures"]);
  });
});
