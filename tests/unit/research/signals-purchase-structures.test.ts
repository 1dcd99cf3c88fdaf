import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel-gruppe.example/presse/harbor";
const purchases = (lines: string[], title?: string) =>
  extractSignals(lines, url, "2026-02-10", title)
    .filter((signal) => signal.type === "acquisition")
    .map((signal) => signal.quote);

describe("a purchase the page's structure makes clear", () => {
  it("reads a German headline naming a firm the page gives a legal form", () => {
    const lines = [
      "Die Kestrel Gruppe stärkt ihr Angebot in Norddeutschland.",
      "Die Harbor Analytics GmbH bleibt in Bremen.",
    ];
    expect(purchases(lines, "Kestrel übernimmt Harbor")).toEqual(["Kestrel übernimmt Harbor"]);
    const passive = ["Harbor wird von Kestrel übernommen", "Die Harbor Analytics GmbH bleibt eigenständig."];
    expect(purchases(passive)).toEqual(["Harbor wird von Kestrel übernommen"]);
  });

  it("reads no purchase where the word after the verb names no firm of the page", () => {
    const lines = ["Die Kestrel GmbH ist ein Anbieter von Software.", "Harbor bleibt in Bremen."];
    expect(purchases(lines, "Kestrel übernimmt Harbor")).toEqual([]);
    const roles = ["Die Harbor GmbH ist unser Partner.", "Die Kestrel GmbH zahlt die Anreise."];
    expect(purchases(roles, "Kestrel übernimmt Verantwortung")).toEqual([]);
    expect(purchases(roles, "Kestrel übernimmt die Kosten")).toEqual([]);
  });

  it.each([
    "Im Bereich Engineering übernimmt das Unternehmen ganze Arbeitspakete für seine Kunden.",
    "Bei privat Versicherten übernimmt das Unternehmen Nordgutachten.",
    "Kurse und Prüfungsgebühren – alles übernimmt das Unternehmen.",
  ])("reads the company as the subject after the German verb in %s", (sentence) => {
    expect(purchases([sentence])).toEqual([]);
  });

  it("reads an English purchase of a firm described before its name", () => {
    const merged = "Kestrel is pleased to announce the merging of web hosting firm Harbor Internet into our company.";
    expect(purchases([merged])).toEqual([merged]);
    const bought = "Kestrel has acquired Bremen-based fintech startup Harbor.";
    expect(purchases([bought])).toEqual([bought]);
    expect(purchases(["We acquired new customers through our agency Harbor."])).toEqual([]);
  });

  it("reads no purchase told beside the news as an earlier deal", () => {
    expect(
      purchases(["Last year, lending platform Northwind acquired budgeting startup Harbor to add security."]),
    ).toEqual([]);
  });
});
