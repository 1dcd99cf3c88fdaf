import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel.example/presse/mitteilung";
const rounds = (line: string) =>
  extractSignals([line], url, "2025-03-23")
    .filter((signal) => signal.type === "funding")
    .map((signal) => signal.funding);

describe("German press releases of rounds", () => {
  it("reads a round told without a figure", () => {
    expect(rounds("Kestrel erhält Millionen-Investment")).toHaveLength(1);
    expect(rounds("Kestrel erhält eine Finanzierung im niedrigen siebenstelligen Bereich.")).toHaveLength(1);
    expect(rounds("Harbor Capital investiert einen siebenstelligen Betrag in Kestrel.")).toHaveLength(1);
  });

  it("reads an investor taking a stake, with its name before the verb", () => {
    expect(rounds("Harbor Ventures beteiligt sich mit 5 Millionen Euro an Kestrel.")).toEqual([
      expect.objectContaining({ amount: 5_000_000, investors: ["Harbor Ventures"] }),
    ]);
    expect(
      rounds("Kestrel gewinnt namhafte Investoren: Harbor Ventures und Tom Li beteiligen sich an der Seed-Runde."),
    ).toEqual([expect.objectContaining({ round: "Seed", investors: ["Harbor Ventures", "Tom Li"] })]);
  });

  it("reads the investor after an amount given as „in Höhe von“", () => {
    expect(rounds("Kestrel erhält Wachstumskapital in Höhe von 15 Millionen Euro von der Nordbank.")).toEqual([
      expect.objectContaining({ amount: 15_000_000, investors: ["Nordbank"] }),
    ]);
  });

  it("reads angels named after „Business Angels wie“", () => {
    expect(
      rounds(
        "Die Seed-Finanzierung wird von Harbor Ventures angeführt, beteiligt sind außerdem Business Angels wie Ex-Logistik-Manager Tom Li.",
      ),
    ).toEqual([expect.objectContaining({ investors: ["Harbor Ventures", "Tom Li"] })]);
  });

  it("reads no round in the company spending or buying", () => {
    expect(rounds("Kestrel investiert 5 Millionen Euro in ein neues Werk.")).toEqual([]);
    expect(rounds("Kestrel beteiligt sich mit 2 Millionen Euro an der Harbor GmbH.")).toEqual([]);
    expect(rounds("Kestrel übernimmt den Softwareanbieter Harbor für 20 Millionen Euro.")).toEqual([]);
  });

  it("reads a round named an Investitionsrunde, secured with „gesichert“", () => {
    expect(
      rounds("Kestrel hat eine Investitionsrunde abgeschlossen und 12 Millionen Euro an Finanzmitteln gesichert."),
    ).toEqual([expect.objectContaining({ round: "Finanzierungsrunde", amount: 12_000_000 })]);
  });

  it("reads an amount after „Investment von“ as no investor", () => {
    expect(rounds("Kestrel erhielt ein Investment von 7 Millionen Euro, ohne dabei seine Wurzeln aufzugeben.")).toEqual(
      [expect.objectContaining({ amount: 7_000_000, investors: undefined })],
    );
  });

  it("reads a round told in the pluperfect as an earlier one", () => {
    const found = extractSignals(
      [
        "Kestrel hat eine Finanzierungsrunde über 40 Millionen Euro abgeschlossen.",
        "Die Seed-Runde wird von Harbor Ventures angeführt.",
        "Im Februar hatte das Unternehmen noch eine Pre-Seed-Finanzierung über 2,25 Millionen Euro bekannt gegeben.",
      ],
      url,
      "2025-03-23",
    ).filter((signal) => signal.type === "funding");
    expect(found.map((signal) => signal.funding)).toEqual([
      expect.objectContaining({ round: "Seed", amount: 40_000_000, investors: ["Harbor Ventures"] }),
    ]);
  });

  it("reads the investor the money „stammt von“, not the companies it backed before", () => {
    const found = extractSignals(
      [
        "Kestrel hat eine Investitionsrunde abgeschlossen und 30 Millionen Euro gesichert.",
        "Der Finanzierungsbeitrag stammt von Harbor Ventures, einem bekannten VC, der bereits Unternehmen wie Norwind und Tallow unterstützt hat.",
      ],
      url,
      "2025-03-23",
    ).filter((signal) => signal.type === "funding");
    expect(found.map((signal) => signal.funding?.investors)).toEqual([["Harbor Ventures"]]);
  });

  it("reads a round of an earlier year told after the page's round as none", () => {
    const found = extractSignals(
      [
        "Kestrel hat eine Investitionsrunde abgeschlossen und 30 Millionen Euro gesichert.",
        "Auch Norwind erhielt 2013 ein Investment von 7 Millionen Euro.",
        "Der Finanzierungsbeitrag stammt von Harbor Ventures.",
      ],
      url,
      "2025-03-23",
    ).filter((signal) => signal.type === "funding");
    expect(found.map((signal) => signal.funding)).toEqual([
      expect.objectContaining({ amount: 30_000_000, investors: ["Harbor Ventures"] }),
    ]);
  });
});
