import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel.example/news/update";
const signals = (...lines: string[]) => extractSignals(lines, url, "2025-03-23");
const types = (...lines: string[]) => signals(...lines).map((signal) => signal.type);
const rounds = (...lines: string[]) =>
  signals(...lines)
    .filter((signal) => signal.type === "funding")
    .map((signal) => signal.funding);

describe("guests of an event are no leadership change", () => {
  it("reads no change in a guest welcomed to a named panel, an event or as a speaker", () => {
    expect(types("Kestrel welcomes Anna Berg, Chief People Officer, to the Future of Work panel.")).toEqual([]);
    expect(types("Kestrel welcomes Anna Berg, Head of Data, to its expert panel.")).toEqual([]);
    expect(types("Kestrel welcomes Anna Berg, VP Marketing, as moderator of the panel.")).toEqual([]);
    expect(types("Kestrel welcomes Anna Berg, Chief Marketing Officer at Northwind, as a speaker.")).toEqual([]);
    expect(types("In this episode we welcome Anna Berg, CEO and founder of Northwind.")).toEqual([]);
    expect(types("Wir begrüßen Anna Berg, neue Geschäftsführerin, auf dem Podium.")).toEqual([]);
  });

  it("still reads a leader welcomed to the team or in a new role", () => {
    expect(types("We're pleased to welcome Anna Berg, our new Head of Data, to the team.")).toEqual([
      "leadership-change",
    ]);
    expect(types("Kestrel welcomes Anna Berg as new Chief Operating Officer.")).toEqual(["leadership-change"]);
    expect(types("Kestrel begrüßt Anna Berg als neue Geschäftsführerin.")).toEqual(["leadership-change"]);
    expect(types("Kestrel hires Anna Berg as Chief Revenue Officer.")).toEqual(["leadership-change"]);
  });
});

describe("investors told with asides", () => {
  it("reads an investor with its short form in brackets and the one investing with it", () => {
    expect(
      rounds("Der Hightech-Fonds Nord (HFN) investiert gemeinsam mit Harbor Ventures 2 Millionen Euro in Kestrel."),
    ).toEqual([expect.objectContaining({ amount: 2_000_000, investors: ["Hightech-Fonds Nord", "Harbor Ventures"] })]);
    expect(
      rounds("Kestrel sichert sich 4 Millionen Euro: Auenwald Capital investiert zusammen mit Harbor Ventures."),
    ).toEqual([expect.objectContaining({ amount: 4_000_000, investors: ["Auenwald Capital", "Harbor Ventures"] })]);
  });

  it("keeps the names after an apposition describing the one before", () => {
    expect(rounds("Kestrel erhält 3 Millionen Euro von Harbor Ventures, einem Berliner VC, und der Nordbank.")).toEqual(
      [expect.objectContaining({ investors: ["Harbor Ventures", "Nordbank"] })],
    );
  });

  it("reads the lead named in a clause before its participle, not the lead of an earlier round", () => {
    expect(
      rounds(
        "Kestrel hat eine Serie-A-Finanzierungsrunde in Höhe von 15 Millionen Euro abgeschlossen, die von Harbor Ventures geleitet wurde.",
        "Die Finanzierung kommt nur zwei Monate nach einer Seed-Runde in Höhe von 2 Millionen Euro, die von Auenwald Capital mitgeleitet wurde.",
      )[0],
    ).toEqual(expect.objectContaining({ amount: 15_000_000, investors: ["Harbor Ventures"] }));
  });

  it("reads investors named with „neben … auch“, not the person leading one of them", () => {
    expect(
      rounds(
        "Kestrel hat 20 Millionen Euro gesammelt.",
        "Zu den prominenten Investoren gehören neben Harbor Ventures auch Auenwald Partners unter der Leitung von Mara Feld.",
      ),
    ).toEqual([expect.objectContaining({ investors: ["Harbor Ventures", "Auenwald Partners"] })]);
  });

  it("leaves out unnamed others, a valuation, a target and the companies an investor backs", () => {
    expect(
      rounds(
        "Kestrel hat in einer neuen Finanzierungsrunde 60 Millionen Euro eingesammelt.",
        "Die Runde, die Kestrel auf einen Unternehmenswert von 900 Millionen Euro hebt, wird von Investoren wie Tom Li und anderen Tech-Milliardären unterstützt.",
      ),
    ).toEqual([expect.objectContaining({ amount: 60_000_000, investors: ["Tom Li"] })]);
    expect(
      rounds(
        "Kestrel hat 2 Milliarden Euro gesammelt und damit das ursprüngliche Ziel von 1 Milliarde Euro verdoppelt.",
      ),
    ).toEqual([expect.objectContaining({ amount: 2_000_000_000 })]);
    expect(
      rounds(
        "Harbor hat über 1 Milliarde Euro aufgebracht und in Unternehmen wie Kestrel, Auenwald und Nordlicht investiert.",
      ),
    ).toEqual([]);
  });

  it("reads a German round told with „gesammelt“, but not the sum of several rounds", () => {
    expect(rounds("Kestrel hat 5 Millionen Euro gesammelt.")).toEqual([expect.objectContaining({ amount: 5_000_000 })]);
    expect(rounds("Kestrel hat in mehreren Finanzierungsrunden über 13,5 Millionen Euro gesammelt.")).toEqual([]);
    expect(rounds("Kestrel has raised $20M across several funding rounds.")).toEqual([]);
  });

  it("names the round by the kind it is said to be", () => {
    expect(
      rounds(
        "Kestrel hat 20 Millionen Euro gesammelt.",
        "Diese Finanzierungsrunde, die von Harbor Ventures angeführt wurde, ist eine der größten Seed-Runden in Europa.",
      ),
    ).toEqual([expect.objectContaining({ round: "Seed", amount: 20_000_000, investors: ["Harbor Ventures"] })]);
    expect(rounds("Die Finanzierungsrunde über 5 Mio. Euro folgt auf die Seed-Runde des Vorjahres.")).toEqual([
      expect.objectContaining({ round: "Finanzierungsrunde" }),
    ]);
  });

  it("reads the investor before „steckt … in“", () => {
    expect(
      rounds("Die Investmentgesellschaft Harbor Europe steckt 25 Mio. Euro in das IT-Unternehmen Kestrel."),
    ).toEqual([expect.objectContaining({ amount: 25_000_000, investors: ["Harbor Europe"] })]);
  });
});

describe("purchases are no round, launch or partnership, but an acquisition", () => {
  it("reads no launch or partnership in what a purchase brings", () => {
    expect(types("Kestrel completes acquisition of Harbor and launches Harbor Pay in Europe.")).not.toContain(
      "product-launch",
    );
    expect(types("Kestrel übernimmt Harbor und startet damit eine neue Plattform.")).toEqual([]);
    expect(types("Kestrel joins forces with Harbor through acquisition.")).toEqual([]);
    expect(types("Kestrel acquires Harbor to strengthen its partnership with Northwind.")).toEqual(["acquisition"]);
    expect(types("Kestrel acquires Harbor for $20 million.")).toEqual(["acquisition"]);
  });

  it("still reads a launch told before the purchase, and companies winning customers", () => {
    expect(types("Kestrel launches Harbor Pay following the acquisition of Harbor.")).toEqual([
      "product-launch",
      "acquisition",
    ]);
    expect(types("Kestrel, a customer acquisition platform, partners with Harbor.")).toEqual(["partnership"]);
    expect(rounds("Kestrel, a customer acquisition platform, raises $5M.")).toHaveLength(1);
  });

  it("reads money raised to buy companies as a round, without the company bought as investor", () => {
    expect(rounds("Kestrel raises $30M to fund its acquisition of Harbor.")).toEqual([
      expect.objectContaining({ amount: 30_000_000 }),
    ]);
    expect(rounds("Kestrel erhält 10 Millionen Euro zur Finanzierung der Übernahme von Harbor.")).toEqual([
      expect.objectContaining({ amount: 10_000_000, investors: undefined }),
    ]);
  });
});

describe("copy near rounds and partnerships", () => {
  it("reads no partnership in a lead firm named Partners", () => {
    expect(
      types(
        "Kestrel raises $10M in Series A funding. The round was led by Harbor Partners with participation from Auenwald.",
      ),
    ).toEqual(["funding"]);
  });

  it("reads no launch told in passing by the announcement it follows", () => {
    expect(types("This announcement follows the launch of the new Kestrel platform last month.")).toEqual([]);
  });

  it("reads no launch in results released or a partnership that launched", () => {
    expect(types("Kestrel today releases the results of its first audit.")).toEqual([]);
    expect(types("The partnership launched in Q4, with the product debuting in 3,000 stores.")).not.toContain(
      "product-launch",
    );
  });
});
