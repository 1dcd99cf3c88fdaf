import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel.example/news/update";
const types = (text: string) => extractSignals([text], url, "2025-03-23").map((signal) => signal.type);
const investors = (...lines: string[]) =>
  extractSignals(lines, url, "2025-03-23").find((signal) => signal.funding)?.funding?.investors;

describe("new markets in more phrasings", () => {
  it("reads a platform brought to a named market, not a product brought to a tool", () => {
    expect(types("As retailers modernise, Kestrel brings its platform to the UK, France and Spain.")).toContain(
      "new-market",
    );
    expect(types("Kestrel brings Flux to Slack and Teams.")).not.toContain("new-market");
  });

  it("reads an expansion to a place or a count of countries, not to a number of people or features", () => {
    expect(types("Kestrel expands to Spain with a team in Madrid.")).toContain("new-market");
    expect(types("Kestrel expands to 12 new countries this year.")).toContain("new-market");
    expect(types("Kestrel expands its payments platform to the UK.")).toContain("new-market");
    expect(types("Kestrel expands its offering to include payroll.")).not.toContain("new-market");
    expect(types("Our support team expands to 50 people.")).not.toContain("new-market");
  });

  it("reads a roll-out in a country, not in phases", () => {
    expect(types("Kestrel rolls out in France this month.")).toContain("new-market");
    expect(types("Kestrel rolls out its payments app in Germany.")).toContain("new-market");
    expect(types("The new editor rolls out in phases over the next weeks.")).not.toContain("new-market");
  });

  it("reads a German start in a country with an adverb before it", () => {
    expect(types("Die Kestrel GmbH startet jetzt auch in Österreich und der Schweiz.")).toContain("new-market");
    expect(types("Die Kestrel App kommt nach Österreich.")).toContain("new-market");
    expect(types("Die neue Version startet jetzt auch in Kürze.")).not.toContain("new-market");
  });
});

describe("advisory boards and the company's own board", () => {
  it("does not read a seat on an advisory board as a leadership change", () => {
    expect(types("Kestrel appoints Dana Whitfield to its advisory board.")).not.toContain("leadership-change");
    expect(types("Dana Whitfield, former CEO of Harbor Bank, joins Kestrel's advisory board.")).not.toContain(
      "leadership-change",
    );
    expect(types("Die Kestrel GmbH ernennt Jonas Brandt zum Mitglied des Beirats.")).not.toContain("leadership-change");
  });

  it("reads a seat on the company's own board as a leadership change", () => {
    expect(types("Dana Whitfield joins Kestrel's board of directors.")).toContain("leadership-change");
    expect(types("Dana Whitfield joins the Kestrel board as independent director.")).toContain("leadership-change");
    expect(types("Jonas Brandt tritt in den Aufsichtsrat der Kestrel AG ein.")).toContain("leadership-change");
    expect(types("Members can join the board game club on Fridays.")).not.toContain("leadership-change");
  });

  it("keeps a leading role named beside an advisory seat", () => {
    expect(types("Kestrel appoints Dana Whitfield as CTO and Jonas Brandt to its advisory board.")).toContain(
      "leadership-change",
    );
  });
});

describe("launches still to come", () => {
  it("does not read a planned launch as a launch", () => {
    expect(types("With your feedback, we will be launching a template gallery next quarter.")).not.toContain(
      "product-launch",
    );
    expect(types("Kestrel will launch Flux in May.")).not.toContain("product-launch");
    expect(types("Ahead of the upcoming launch of Flux, Kestrel grew its support desk.")).not.toContain(
      "product-launch",
    );
    expect(types("Die Kestrel GmbH wird im Herbst eine neue Funktion einführen.")).not.toContain("product-launch");
  });

  it("keeps launches that happened, also beside a plan", () => {
    expect(types("Kestrel launches Flux today.")).toContain("product-launch");
    expect(types("Flux is now available to all customers.")).toContain("product-launch");
    expect(types("Kestrel stellt heute Flux vor und wird im Herbst eine neue Funktion einführen.")).toContain(
      "product-launch",
    );
  });
});

describe("the lead investor first", () => {
  it("names the lead first when participants are named before it", () => {
    expect(investors("Kestrel raises $12M from Norwind and Bluefin in a round led by Harbor Peak.")?.[0]).toBe(
      "Harbor Peak",
    );
    expect(
      investors("Kestrel has closed a $12M Series A with participation from Norwind Capital, led by Harbor Peak.")?.[0],
    ).toBe("Harbor Peak");
  });

  it("names the lead of a sentence after the round's, and those taking part after it", () => {
    expect(
      investors(
        "Kestrel announced a $12M Series A. Harbor Peak Ventures led the investment, with Norwind Capital participating.",
      ),
    ).toEqual(["Harbor Peak Ventures", "Norwind Capital"]);
    expect(investors("Kestrel raises $12M Series A.", "Harbor Peak Ventures is leading the round.")).toEqual([
      "Harbor Peak Ventures",
    ]);
  });

  it("keeps the lead of a German round first", () => {
    expect(
      investors("Die Kestrel GmbH sammelt mit Norwind und unter Führung von Harbor Peak 5 Mio. Euro ein.")?.[0],
    ).toBe("Harbor Peak");
  });
});
