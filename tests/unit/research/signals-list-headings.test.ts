import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

/** Headings of news lists, as shops, makers and groups word them. */

const news = "https://www.kranich-robotik.example/news";
const typesOf = (line: string) => extractSignals([line], news, "2025-03-12").map((signal) => signal.type);

describe("headings of news lists", () => {
  it.each([
    ["Kranich Robotik präsentiert innovative Greifer für die Endmontage", "product-launch"],
    ["Neue Produktlinie bei Kranich: der Greifer G2", "product-launch"],
    ["Kranich: Neue Filiale in Graz eröffnet!", "new-market"],
    ["Geschmacksreise geht weiter: Neuer Store im Zentrum von Linz eröffnet", "new-market"],
    ["New R&D Center Opens in Singapore", "new-market"],
    ["Kranich Robotik eröffnet Standort in Graz", "new-market"],
    ["Neue Kooperation zur Materialprüfung: Kranich erweitert sein Forschungsnetz", "partnership"],
  ])("reads %s", (line, type) => {
    expect(typesOf(line)).toEqual([type]);
  });

  it("reads a heading below a quote's byline, which has no full stop", () => {
    const found = extractSignals(
      [
        "„Unsere Greifer packen doppelt so schnell.“",
        "Dr. Lena Hoffmann, Gründerin / Geschäftsführerin",
        "Neue Kooperation zur Materialprüfung: Kranich erweitert sein Forschungsnetz",
      ],
      news,
    );
    expect(found.map((signal) => signal.type)).toEqual(["partnership"]);
  });

  it.each([
    "Kranich Robotik präsentiert sich auf der LogiMAT in Stuttgart",
    "Neue Kooperationen sind uns jederzeit willkommen",
    "Wir freuen uns auf eine neue Kooperation mit Ihnen",
  ])("reads no event in %s", (line) => {
    expect(typesOf(line)).toEqual([]);
  });
});
