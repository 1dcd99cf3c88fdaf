import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

/** One event told in the headline and again in the lead is one signal; two events stay two. */

const press = "https://www.kestrelpath.example/press/lanes";
const ofType = (type: string, lines: string[], title?: string) =>
  extractSignals(lines, press, "2025-05-06", title).filter((signal) => signal.type === type);

describe("an event told in the headline and again in the lead", () => {
  it("gives one launch, the headline as summary and both sentences as quote", () => {
    const found = ofType("product-launch", [
      "Kestrelpath Launches Lanes to Plan Freight Routes in Minutes",
      "HAMBURG, Germany -- (Newswire - May 6, 2025) - Kestrelpath, the route planning platform, today released Lanes, giving dispatch teams one view of their freight routes.",
      "Lanes is available to all customers.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.summary).toBe("Kestrelpath Launches Lanes to Plan Freight Routes in Minutes");
    expect(found[0]?.quote).toContain("today released Lanes");
  });

  it("gives one partnership when the lead names the same partner", () => {
    const found = ofType("partnership", [
      "Kestrelpath and Ostra Freight Partner to Plan Port Routes",
      "Kestrelpath today announced a partnership with Ostra Freight to plan port routes for its shipping teams.",
    ]);
    expect(found).toHaveLength(1);
  });
});

describe("two events", () => {
  it("keeps partnerships with two different partners", () => {
    const found = ofType("partnership", [
      "Kestrelpath wird Entwicklungspartner der Ostra Werke AG",
      "Im September 2024 wurde Kestrelpath offizieller Entwicklungspartner von Quill Motors.",
    ]);
    expect(found).toHaveLength(2);
  });

  it("keeps two launches a news list names one after the other", () => {
    const found = ofType("product-launch", [
      "Newsroom",
      "Kestrelpath Launches Lanes for Harbor Freight",
      "Kestrelpath Launches Lanes Integration with Ostra Cloud",
    ]);
    expect(found).toHaveLength(2);
  });

  it("keeps a second launch the lead tells beside the headline's", () => {
    const found = ofType("product-launch", [
      "Kestrelpath Launches Lanes for Dispatch Teams",
      "Kestrelpath also launched Depots, a mobile app for warehouse staff.",
    ]);
    expect(found).toHaveLength(2);
  });
});
