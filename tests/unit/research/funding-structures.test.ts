import { describe, expect, it } from "vitest";
import { fundingAmount, fundingInvestors, fundingRound, mergeRounds } from "../../../lib/research/funding";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.brightwave.example/blog/funding";
const rounds = (lines: string[], title?: string) =>
  extractSignals(lines, url, "2025-05-06", title).flatMap((signal) => (signal.funding ? [signal.funding] : []));

describe("funding amounts as announcements write them", () => {
  it.each([
    ["Orbitly raised a $20MM Series A", 20e6, "USD"],
    ["hat insgesamt drei Millionen Euro für sein Portal eingesammelt", 3e6, "EUR"],
    ["hat eine Pre-Seed-Runde über 800.000 Euro abgeschlossen", 8e5, "EUR"],
    ["we have raised a 2.7m€ seed round", 2.7e6, "EUR"],
    ["Tidewell closes a final round of $800,000 from Quay Capital", 8e5, "USD"],
    ["Helio has secured 3.5 million euros in seed funding", 3.5e6, "EUR"],
  ])("%s", (sentence, amount, currency) => {
    expect(fundingAmount(sentence)).toMatchObject({ amount, currency });
  });

  it("takes the round's amount, not the total raised before it or after it", () => {
    expect(
      fundingAmount("Pellmoor, which has raised $50 million to date, today announced a $20 million Series B."),
    ).toMatchObject({ amount: 20e6 });
    expect(fundingAmount("Quillon raised a $15M Series A, bringing total funding to $19.7M.")).toMatchObject({
      amount: 15e6,
    });
  });

  it("never takes a valuation or revenue for the amount", () => {
    expect(
      fundingAmount("Skyloft announced a $250M Series A extension at a $2.3B post-money valuation."),
    ).toMatchObject({ amount: 250e6 });
    expect(fundingAmount("Damit liegt die Post-Money-Bewertung bei 400 Millionen Euro.")).toBeUndefined();
    expect(fundingAmount("Quanta closed 2024 with $12 million in annual recurring revenue.")).toBeUndefined();
  });
});

describe("round names", () => {
  it.each([
    ["raised $6 million in a pre-Series A round", "Pre-Series A"],
    ["sichert sich 30 Mio. Euro Wachstumsfinanzierung", "Growth"],
    ["a $25 million growth equity investment", "Growth"],
    ["den Abschluss einer Serie-B-Finanzierung", "Series B"],
  ])("%s", (sentence, round) => {
    expect(fundingRound(sentence)).toBe(round);
  });

  it("reads no round in growth as a goal", () => {
    expect(fundingRound("Ostra has raised $9M to fuel growth across Europe")).toBeUndefined();
  });
});

describe("investors in English announcements", () => {
  it.each([
    [
      "completed a $40 million Series A led by Chainwork Capital and Lindell Crypto, along with other participants.",
      ["Chainwork Capital", "Lindell Crypto"],
    ],
    [
      "our USD 30 million Series B, led by Foxglove Capital with participation from Birchwood Ventures, Quarry Partners, as well as angel investors including Nora Fält.",
      ["Foxglove Capital", "Birchwood Ventures", "Quarry Partners", "Nora Fält"],
    ],
    [
      "Helio has secured 3.5 million euros in seed funding led by Nordwind Capital, with participation from Brückenbau Ventures.",
      ["Nordwind Capital", "Brückenbau Ventures"],
    ],
    ["Amperlyn closed a Bessemoor Partners-led $15M Series A to grow.", ["Bessemoor Partners"]],
    ["Rejoni announced a $25 million growth equity investment from Summit Ridge to expand.", ["Summit Ridge"]],
    [
      "Pylon raises $3M from Ardent Ventures and Coldwater Capital to grow its team.",
      ["Ardent Ventures", "Coldwater Capital"],
    ],
    [
      "raised €2M in a seed round led by Berlin-based Kiezwerk Ventures, a fund focused on climate.",
      ["Kiezwerk Ventures"],
    ],
    [
      "a 2.7m€ seed round co-led by Seedfield and Farbe, with participation from fernhill.vc and a number of angel investors.",
      ["Seedfield", "Farbe", "fernhill.vc"],
    ],
  ])("%s", (sentence, investors) => {
    expect(fundingInvestors(sentence)).toEqual(investors);
  });

  it("reads names before the verb", () => {
    expect(
      fundingInvestors("Tallgrass Partners led the round, with participation from Emberline Ventures and Wavecrest."),
    ).toEqual(["Tallgrass Partners", "Emberline Ventures", "Wavecrest"]);
    expect(fundingInvestors("Stonebridge Ventures, Alder Fund and Quarry Angels also participated.")).toEqual([
      "Stonebridge Ventures",
      "Alder Fund",
      "Quarry Angels",
    ]);
  });
});

describe("investors in German announcements", () => {
  it.each([
    [
      "Zum Investorenkreis zählen u.a. Elbe Ventures, Isar Capital und Rhein Partners.",
      ["Elbe Ventures", "Isar Capital", "Rhein Partners"],
    ],
    [
      "Die Bestandsinvestoren Hafenkapital, Tannberg Ventures und Lindwurm Ventures stemmten knapp die Hälfte der Runde.",
      ["Hafenkapital", "Tannberg Ventures", "Lindwurm Ventures"],
    ],
    ["Angeführt wurde die Runde von Nordkap Ventures.", ["Nordkap Ventures"]],
    ["Die Runde wird vom Berliner VC Spreeblick Capital angeführt.", ["Spreeblick Capital"]],
    [
      "An der Runde beteiligten sich führende nationale und internationale Investoren: Steinwerk Venture, Ostwind Capital und Kiefer Capital.",
      ["Steinwerk Venture", "Ostwind Capital", "Kiefer Capital"],
    ],
    [
      "Lead-Investor ist der Hightech Fonds Nord, außerdem beteiligen sich Kranich Ventures und Moorland Capital.",
      ["Hightech Fonds Nord", "Kranich Ventures", "Moorland Capital"],
    ],
    [
      "hat eine Series-A-Finanzierungsrunde unter der Führung von Brandung Capital und unter Beteiligung von Gischt Ventures sowie Ebbe Partners abgeschlossen.",
      ["Brandung Capital", "Gischt Ventures", "Ebbe Partners"],
    ],
    [
      "Havelland Ventures führt die Runde an, zudem beteiligen sich Spreewald Capital und der Business Angel Tom Weber.",
      ["Havelland Ventures", "Spreewald Capital", "Tom Weber"],
    ],
    [
      "Die führende Rolle bei der Finanzierungsrunde übernahm das Beteiligungsunternehmen Kollektiv Fund.",
      ["Kollektiv Fund"],
    ],
    [
      "Das Kapital kommt von Altgesellschaftern wie Kaimauer Capital und Deichgraf Ventures.",
      ["Kaimauer Capital", "Deichgraf Ventures"],
    ],
  ])("%s", (sentence, investors) => {
    expect(fundingInvestors(sentence)).toEqual(investors);
  });

  it("takes no kinds of investors or amounts for names", () => {
    expect(fundingInvestors("Mit dabei sind der Gründerfonds Süd und mehrere Business Angels.")).toEqual([
      "Gründerfonds Süd",
    ]);
    expect(
      fundingInvestors("Die Runde wurde von führenden deutschen und europäischen Risikokapitalgebern angeführt."),
    ).toEqual([]);
    expect(fundingInvestors("angeführt von Alpeninvest und mit Beteiligung bestehender Investoren.")).toEqual([
      "Alpeninvest",
    ]);
  });
});

describe("funding signals across sentences", () => {
  it("adds the round and investors the next sentence names", () => {
    expect(
      rounds([
        "Today we are announcing that Quillon has raised $10 million.",
        "The Series A round was led by Ironbark Ventures, with participation from Sable Capital.",
        "We will use the money to hire.",
      ]),
    ).toEqual([
      {
        round: "Series A",
        amount: 10e6,
        currency: "USD",
        date: "2025-05-06",
        investors: ["Ironbark Ventures", "Sable Capital"],
      },
    ]);
  });

  it("adds further investors from the next sentence to those already known", () => {
    const [round] = rounds([
      "Pebblo has raised $7 million in a Series A funding round led by Chirawell Park.",
      "The round also saw participation from existing investor Stellwerk Partners and angel investors.",
    ]);
    expect(round?.investors).toEqual(["Chirawell Park", "Stellwerk Partners"]);
  });

  it("reads a round whose investors follow a generic Finanzierungsrunde sentence", () => {
    const [round] = rounds([
      "Algenfaser hat im Rahmen seiner Series-A-Finanzierungsrunde 13 Millionen US-Dollar eingesammelt.",
      "Die führende Rolle bei der Finanzierungsrunde übernahm Kollektiv Fund, weitere Geldgeber waren Sternlicht Ventures und Webstuhl Lab.",
    ]);
    expect(round).toMatchObject({ round: "Series A", amount: 13e6, currency: "USD" });
    expect(round?.investors).toEqual(["Kollektiv Fund", "Sternlicht Ventures", "Webstuhl Lab"]);
  });

  it("keeps one round when the headline rounds the amount differently, and drops the total", () => {
    const found = rounds(
      [
        "We’re excited to announce that we have raised more than $80M in a Series B round, led by Luxmoor Capital.",
        "Our post-money valuation is $1.1B.",
        "This brings our total money raised to $111M.",
      ],
      "Announcing our $87M Series B",
    );
    expect(found).toEqual([
      { round: "Series B", amount: 87e6, currency: "USD", date: "2025-05-06", investors: ["Luxmoor Capital"] },
    ]);
  });

  it("reads a round despite a valuation in the same sentence", () => {
    expect(
      rounds([
        "Recordly closed a $38M Series B led by Bessemoor Partners, bringing total funding to $51M at a $250M valuation.",
      ]),
    ).toEqual([
      { round: "Series B", amount: 38e6, currency: "USD", date: "2025-05-06", investors: ["Bessemoor Partners"] },
    ]);
  });

  it("knows German verbs of raising money", () => {
    expect(rounds(["Flinkwerk hat 8 Millionen Euro in einer Series-A-Runde eingesammelt."])).toMatchObject([
      { round: "Series A", amount: 8e6 },
    ]);
    expect(rounds(["Gletscher schliesst eine Seed-Runde über CHF 5 Mio. ab."])).toMatchObject([
      { round: "Seed", amount: 5e6, currency: "CHF" },
    ]);
  });

  it("reads money raised without a figure as one round in headline and text", () => {
    const found = rounds(
      [
        "Das Kölner Startup Moorlicht hat einen siebenstelligen Betrag eingesammelt.",
        "Angeführt wird die Runde von Rheinauen Capital.",
      ],
      "Moorlicht sammelt Millionenbetrag ein",
    );
    expect(found).toEqual([{ date: "2025-05-06", investors: ["Rheinauen Capital"] }]);
  });

  it("reads investors listed one a line after a colon", () => {
    const [round] = rounds([
      "Die Kornkammer GmbH hat eine Seed-Finanzierungsrunde über 3 Millionen Euro abgeschlossen.",
      "An der Runde beteiligt sind:",
      "Auenwald Ventures (Lead)",
      "Saale Capital",
      "Muldental Invest",
      "Mit dem Kapital will Kornkammer den Vertrieb ausbauen.",
    ]);
    expect(round?.investors).toEqual(["Auenwald Ventures", "Saale Capital", "Muldental Invest"]);
  });

  it("reads the lead from a summary list below the headline", () => {
    const found = rounds(
      [
        "April 1, 2025 · 3 min read",
        "TL;DR",
        "€4M seed round",
        "Led by Brackwater Ventures",
        "We will triple the team.",
      ],
      "Marlow announces €4M seed round",
    );
    expect(found).toEqual([
      { round: "Seed", amount: 4e6, currency: "EUR", date: "2025-05-06", investors: ["Brackwater Ventures"] },
    ]);
  });

  it.each([
    ["Pitchcraft helped Nimbus raise a $5M seed round in just six weeks."],
    ["Meanwhile, rival Fernbrook raised a further $25 million to expand."],
    ["Typically, startups raise between $500,000 and $2 million in a seed round led by angel investors."],
    ["Die Serie-A-Finanzierungsrunde ist die erste institutionelle Finanzierungsrunde für ein Start-up."],
    ["A Series A is usually led by a venture capital firm."],
    ["We help founders raise their seed round and Series A funding."],
    ["Unser Kunde Hafenlicht hat mit unserer Hilfe eine Finanzierungsrunde über 4 Mio. Euro abgeschlossen."],
    ["We led the $8M Series A of Kestrel, the scheduling platform for clinics."],
    ["Marketwell closes the acquisition of Fieldnote for $20 million in cash and stock."],
    ["Orbitly secures a $5 million contract with the national space agency."],
    ["Quanta closed 2024 with $12 million in annual recurring revenue."],
  ])("reads no round of the page's company in %s", (sentence) => {
    expect(rounds([sentence])).toEqual([]);
  });
});

describe("merging rounds", () => {
  it("merges a named round told with two amounts, but not two generic rounds with different amounts", () => {
    expect(
      mergeRounds([
        { round: "Series B", amount: 87e6 },
        { round: "Series B", amount: 80e6, investors: ["Luxmoor Capital"] },
      ]),
    ).toEqual([{ round: "Series B", amount: 87e6, investors: ["Luxmoor Capital"] }]);
    expect(
      mergeRounds([
        { round: "Finanzierungsrunde", amount: 3e6 },
        { round: "Finanzierungsrunde", amount: 12e6 },
      ]),
    ).toHaveLength(2);
  });
});

describe("the quote of a round told in the headline and the text", () => {
  it("reads a page title the text repeats once, and sets a headline off from the sentence after it", () => {
    const [signal] = extractSignals(
      [
        "Brightwave sichert sich 12 Millionen Euro in Series-A-Finanzierungsrunde",
        "Die Brightwave GmbH hat eine Finanzierungsrunde über 12 Mio. € abgeschlossen, angeführt von Elbe Capital.",
      ],
      url,
      "2025-05-06",
      "Brightwave sichert sich 12 Millionen Euro – Presse",
    );
    expect(signal?.quote).toBe(
      "Brightwave sichert sich 12 Millionen Euro in Series-A-Finanzierungsrunde. Die Brightwave GmbH hat eine Finanzierungsrunde über 12 Mio. € abgeschlossen, angeführt von Elbe Capital.",
    );
    expect(signal?.funding).toMatchObject({ round: "Series A", amount: 12e6, investors: ["Elbe Capital"] });
  });
});
