import { describe, expect, it } from "vitest";
import { fundingInvestors, fundingRound, mergeRounds } from "../../../lib/research/funding";
import { extractSignals } from "../../../lib/research/signals";

/** Structures of news and press pages about rounds: fictional companies, real phrasing. */

const news = "https://www.tidewell.example/news/round";
const rounds = (lines: string[], title?: string, date = "2025-05-06") =>
  extractSignals(lines, news, date, title).flatMap((signal) => (signal.funding ? [signal.funding] : []));

describe("a series named by its letter alone", () => {
  it.each([
    ["Tidewell raises $50 million in C round", "Series C"],
    ["Ostra closed its B-Round with Quay Capital", "Series B"],
    ["Kestrel lands an A round led by Harbor Peak", "Series A"],
  ])("%s", (sentence, round) => {
    expect(fundingRound(sentence)).toBe(round);
  });

  it("reads no series in a sentence opening with the article", () => {
    expect(fundingRound("A round of $5M was closed in March.")).toBeUndefined();
    expect(fundingRound("Kestrel Raises $5M In A Round Led By Quay Capital")).toBeUndefined();
  });
});

describe("earlier rounds beside the new one", () => {
  it("keeps one round and gives it the investors named after the total raised so far", () => {
    const found = rounds([
      "Tidewell raises $30 million in C round",
      "With previous rounds raising approximately $8 million,   Tidewell’s total capital raised to date is $38 million.",
      "The round sees new investors Quay Capital,   Harbor Peak Partners and Fernhill Ventures,   as well as participation from existing investors.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ round: "Series C", amount: 30e6 });
    expect(found[0]?.investors).toEqual(["Quay Capital", "Harbor Peak Partners", "Fernhill Ventures"]);
  });
});

describe("who led what", () => {
  it("takes the round's lead, not the chief who leads the company", () => {
    const [round] = rounds([
      "Berlin-based Kestrel, a maker of build tools, said Thursday that it has raised $6M in a Series A funding. The funding was led by Auenwald Ventures. Kestrel is led by Dana Whitfield, and develops software for delivery teams.",
    ]);
    expect(round?.investors).toEqual(["Auenwald Ventures"]);
  });

  it("reads the misspelt 'lead by' and the investors that joined in the round", () => {
    const [round] = rounds([
      "Ostra announced today it has raised $22 million in a Series D fundraising round lead by Harbor Peak Partners.",
      "Quay Capital and other previous investors joined in the round, which brings Ostra’s total fundraising to $44.7 million.",
    ]);
    expect(round).toMatchObject({ round: "Series D", amount: 22e6 });
    expect(round?.investors).toEqual(["Harbor Peak Partners", "Quay Capital"]);
  });

  it("drops the kind of investor before the names", () => {
    expect(
      fundingInvestors("Kestrel has raised $9 million from Bavarian VC firms Saale Capital and Auenwald Ventures."),
    ).toEqual(["Saale Capital", "Auenwald Ventures"]);
  });

  it("names no companies whose founders invested", () => {
    expect(fundingInvestors("Kestrel Raises $2.1M from the founders of Quillon, Ledgerly, and Ostra Cloud")).toEqual(
      [],
    );
  });

  it("keeps the full name when a short form is named too", () => {
    const [round] = mergeRounds([
      { amount: 5e7, investors: ["Saale Capital Partners", "Quay Capital"] },
      { amount: 5e7, investors: ["Saale", "Quay Capital"] },
    ]);
    expect(round?.investors).toEqual(["Saale Capital Partners", "Quay Capital"]);
  });

  it("joins investors told paragraphs later to the page's one round", () => {
    const [round] = rounds(
      [
        "Back when we started Kestrel, static sites were a niche.",
        "We knew that to take the next step we needed an awesome team and likeminded investors.",
        "The Round",
        "We almost can't believe the fortune we've had in bringing together some of the greatest people in the space.",
        "The exciting new fund, Harbor Peak Ventures, stepped up to lead the round together with Dana Whitfield, and they were joined by Quay Capital and Fernhill Fund.",
      ],
      "Kestrel Raises $2.1M from the founders of Quillon and Ledgerly",
    );
    expect(round?.amount).toBe(2.1e6);
    expect(round?.investors).toEqual(["Harbor Peak Ventures", "Quay Capital", "Fernhill Fund"]);
  });
});

describe("investors as German news names them", () => {
  it.each([
    [
      "Kestrel hat ein Investment in Höhe von vier Millionen Euro vom ehemaligen Quillon-Chef Tom Brandt erhalten.",
      ["Tom Brandt"],
    ],
    ["Kestrel hat eine Finanzierung in Höhe von 3 Millionen Euro von Saale Ventures erhalten.", ["Saale Ventures"]],
    [
      "Zum Investorenkreis zählen u.a. Lena Brandt, Omar Reyes oder Tim Keller, Vorstand des Verbands der Logistiker.",
      ["Lena Brandt", "Omar Reyes", "Tim Keller"],
    ],
    ["Die Finanzierung von Wachstum bleibt für Kestrel ein Thema.", []],
  ])("%s", (sentence, investors) => {
    expect(fundingInvestors(sentence)).toEqual(investors);
  });
});

describe("a company's own news list in German", () => {
  const lines = [
    "28. Juli 2022",
    "Presseartikel / Kranwerk x Lotsen",
    "20. April 2022",
    "Finanzierung / Saale Ventures x Auenwald.One",
    "Um die Produktentwicklung weiter zu beschleunigen, haben wir Anfang 2022 die Entscheidung getroffen, eine erste Finanzierungsrunde abzuschließen. Nach sorgfältiger Prüfung aller Angebote fiel die Entscheidung zugunsten zweier erfahrener VC-Unternehmen aus der Region: Die Saale Ventures und der Business Angel Dr. Lena Brandt mit der Beteiligungsgesellschaft Auenwald.One.",
    "24. September 2021",
    "Release Kranwerk Scanner",
    "1. September 2020",
    "Kranwerk wird Entwicklungspartner der Lotsen AG",
    "Im September 2020 wurde Kranwerk offizieller Entwicklungspartner von Lotsen.",
  ];
  const signals = extractSignals(lines, "https://www.kranwerk.example/de/news");

  it("dates the round by the date line above it and names its investors", () => {
    const round = signals.find((signal) => signal.funding)?.funding;
    expect(round).toMatchObject({ round: "Finanzierungsrunde", date: "2022-04-20" });
    expect(round?.investors).toEqual(expect.arrayContaining(["Saale Ventures", "Auenwald.One"]));
  });

  it("reads a release headline and a development partnership", () => {
    expect(signals.map((signal) => [signal.type, signal.date])).toEqual(
      expect.arrayContaining([
        ["product-launch", "2021-09-24"],
        ["partnership", "2020-09-01"],
      ]),
    );
  });

  it("reads no release in release notes", () => {
    expect(extractSignals(["Release Notes"], "https://www.kranwerk.example/de/news")).toEqual([]);
  });
});

describe("a newsroom's cards dated by year", () => {
  it("dates a card by the year ending its label, not by a year in prose", () => {
    const dated = (above: string) =>
      extractSignals(
        [above, "Kranwerk Launches Flow Integration with Lotsen Cloud"],
        "https://www.kranwerk.example/newsroom",
      )[0]?.date;
    expect(dated("Press Release · 2024")).toBe("2024");
    expect(dated("In the News2024")).toBe("2024");
    expect(dated("Founded in 2019")).toBeUndefined();
  });
});
