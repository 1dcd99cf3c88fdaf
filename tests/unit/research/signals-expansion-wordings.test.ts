import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel.example/insights/europe";
const types = (line: string) => extractSignals([line], url, "2025-03-23").map((signal) => signal.type);

describe("expansion posts with typographic apostrophes and plural offices", () => {
  it("reads hiring written with a typographic apostrophe", () => {
    expect(types("We’re hiring in Lisbon and Porto.")).toContain("hiring");
  });

  it("reads offices to be opened in the plural", () => {
    expect(types("Kestrel will open new offices in Portugal and Spain this year.")).toContain("new-market");
  });

  it("reads a company that landed in a region, not in a month", () => {
    expect(types("We are proud to share that Kestrel has landed in Scandinavia!")).toContain("new-market");
    expect(types("The new plan has landed in March for all teams.")).not.toContain("new-market");
  });

  it("reads an expansion across a named region, not across the organisation", () => {
    expect(types("Kestrel today announced its expansion across Europe.")).toContain("new-market");
    expect(types("We expanded across the organisation last year.")).not.toContain("new-market");
  });

  it("reads hiring announced in the future tense", () => {
    expect(types("The company will hire aggressively to meet demand in Iberia.")).toContain("hiring");
    expect(types("The funding will be used to hire engineers.")).not.toContain("hiring");
  });

  it("reads executives added to the team, not features for executives", () => {
    expect(types("Kestrel recently added two seasoned executives — a CRO and a VP of Sales.")).toContain(
      "leadership-change",
    );
    expect(types("Kestrel adds executive dashboards to its product.")).not.toContain("leadership-change");
  });
});
