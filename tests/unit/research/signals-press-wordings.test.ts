import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel.example/news/update";
const types = (line: string) => extractSignals([line], url, "2025-03-23").map((signal) => signal.type);

describe("press release wordings of leaders, partners, launches and hiring", () => {
  it("reads a leader named in the passive", () => {
    expect(types("Mara Feld has been named Chief Technology Officer of Kestrel.")).toContain("leadership-change");
    expect(types("Kestrel has been named a Leader in the 2024 analyst report.")).not.toContain("leadership-change");
  });

  it("reads a German manager entering the management board", () => {
    expect(types("Zum 1. April tritt Jonas Feld als CTO in die Geschäftsführung ein.")).toContain("leadership-change");
  });

  it("reads an integration announced with a named company, not one with the reader's tools", () => {
    expect(types("Kestrel announces integration with Harborly.")).toContain("partnership");
    expect(types("Our integration with your CRM keeps contacts in sync.")).not.toContain("partnership");
  });

  it("reads a German cooperation agreed", () => {
    expect(types("Die Kestrel GmbH und die Harbor AG haben eine Kooperation vereinbart.")).toContain("partnership");
  });

  it("reads general availability of a named product only", () => {
    expect(types("Kestrel announced the general availability of Flux.")).toContain("product-launch");
    expect(types("The general availability of data is a key challenge.")).not.toContain("product-launch");
  });

  it("reads hiring plans with a number", () => {
    expect(types("Kestrel plans to hire 50 engineers in Lisbon this year.")).toContain("hiring");
    expect(types("Kestrel will double its headcount by the end of next year.")).toContain("hiring");
    expect(types("Kestrel stellt 2025 rund 40 neue Mitarbeitende ein.")).toContain("hiring");
  });

  it("reads no hiring in an offer addressed to the reader", () => {
    expect(types("Stellen Sie 3 neue Mitarbeiter ein und sparen Sie Zeit.")).not.toContain("hiring");
  });
});
