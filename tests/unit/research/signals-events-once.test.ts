import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

/** Three events per type are kept, counted once an entry's heading and lead are one; one partnership is one event. */

const news = "https://www.kranich-robotik.example/news";
const ofType = (type: string, lines: string[], date?: string) =>
  extractSignals(lines, news, date).filter((signal) => signal.type === type);

describe("the cap of three events per type", () => {
  it("counts an entry's heading and lead as one, so the third entry is kept", () => {
    const found = ofType("new-market", [
      "News",
      "March 3, 2025",
      "Kranich Robotik opens an office in Vienna",
      "Kranich Robotik today opened its new office in Vienna, its first in Austria.",
      "June 9, 2025",
      "Kranich Robotik opens an office in Zurich",
      "Kranich Robotik today opened its new office in Zurich, its first in Switzerland.",
      "September 1, 2025",
      "Kranich Robotik opens an office in Warsaw",
      "Kranich Robotik today opened its new office in Warsaw, its first in Poland.",
    ]);
    expect(found.map((signal) => signal.summary)).toEqual([
      "Kranich Robotik opens an office in Vienna",
      "Kranich Robotik opens an office in Zurich",
      "Kranich Robotik opens an office in Warsaw",
    ]);
  });

  it("still keeps three events of a type, the first ones", () => {
    const found = ofType("new-market", [
      "News",
      "March 3, 2025",
      "Kranich Robotik opens an office in Vienna",
      "June 9, 2025",
      "Kranich Robotik opens an office in Zurich",
      "September 1, 2025",
      "Kranich Robotik opens an office in Warsaw",
      "October 6, 2025",
      "Kranich Robotik opens an office in Prague",
    ]);
    expect(found.map((signal) => signal.date)).toEqual(["2025-03-03", "2025-06-09", "2025-09-01"]);
  });
});

describe("one partnership told twice", () => {
  it("is one when the names are turned round ('Kranich partners with Ostwerk', 'Ostwerk and Kranich …')", () => {
    const found = ofType(
      "partnership",
      [
        "Kranich partners with Ostwerk.",
        "The first robots sort parcels in Leipzig from May.",
        "Ostwerk and Kranich partner on robot fleets for all 40 hubs.",
      ],
      "2025-04-02",
    );
    expect(found.map((signal) => signal.summary)).toEqual(["Kranich partners with Ostwerk."]);
  });

  it("is one when a news entry's lead names the partner's group, not the heading's firm", () => {
    const found = ofType("partnership", [
      "Neuigkeiten",
      "1. September 2024",
      "Kranich wird Entwicklungspartner der Ostwerk Fahrzeugbau AG",
      "Im September 2024 wurde Kranich offizieller Entwicklungspartner des Ostwerk-Konzerns. Ziel ist ein Greifer für die Endmontage.",
      "20. Mai 2024",
      "Kranich stellt den Greifer G2 vor",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.summary).toBe("Kranich wird Entwicklungspartner der Ostwerk Fahrzeugbau AG");
    expect(found[0]?.quote).toContain("Ostwerk-Konzerns");
    expect(found[0]?.date).toBe("2024-09-01");
  });

  it("keeps partnerships with two partners, and one partner's on two days", () => {
    const twoPartners = ofType(
      "partnership",
      [
        "Kranich partners with Ostwerk.",
        "Kranich also partners with Quill to load freight trains.",
        "Quill and Kranich partner on a pilot in Hamburg.",
      ],
      "2025-04-02",
    );
    expect(twoPartners.map((signal) => signal.summary)).toEqual([
      "Kranich partners with Ostwerk.",
      "Kranich also partners with Quill to load freight trains.",
    ]);
    const twoDays = ofType("partnership", [
      "News",
      "March 3, 2025",
      "Kranich Robotik partners with Ostwerk Logistik on parcel hubs",
      "November 4, 2025",
      "Kranich Robotik partners with Ostwerk Logistik on rail freight",
    ]);
    expect(twoDays).toHaveLength(2);
  });

  it("keeps two partnerships of a press page that is no news list, heading over a sentence", () => {
    const found = ofType(
      "partnership",
      [
        "Kranich wird Entwicklungspartner der Ostwerk Fahrzeugbau AG",
        "Im September 2024 wurde Kranich offizieller Entwicklungspartner von Quill Motors.",
      ],
      "2025-04-02",
    );
    expect(found).toHaveLength(2);
  });
});
