import { describe, expect, it } from "vitest";
import { employeeHints, foundedYear, officeLocations } from "../../../lib/research/facts-text";
import { industryHints } from "../../../lib/research/industry";

describe("countries of subsidiaries and offices", () => {
  it.each([
    ["Kranwerk hat Niederlassungen in Österreich und der Schweiz.", ["Österreich", "Schweiz"]],
    ["Nordlicht has offices in the UK and the Netherlands.", ["UK", "Netherlands"]],
    [
      "In Frankreich, Italien, Großbritannien, Österreich und den USA sind wir mit eigenen Vertriebsgesellschaften vertreten.",
      ["Frankreich", "Italien", "Großbritannien", "Österreich", "USA"],
    ],
    [
      "Unsere Tochtergesellschaften in Polen, im Vereinigten Königreich und in Dänemark arbeiten eng zusammen.",
      ["Polen", "Vereinigten Königreich", "Dänemark"],
    ],
    ["Halden Tools is a software firm with offices in Leeds and Austria.", ["Leeds", "Austria"]],
    [
      "Kranwerk beschäftigt 300 Mitarbeiter an Niederlassungen in Deutschland, Albanien, der Schweiz und den USA.",
      ["Deutschland", "Albanien", "Schweiz", "USA"],
    ],
  ])("%s", (line, places) => {
    expect(officeLocations([line])).toEqual(places);
  });

  it("keeps a country after its city out, and names no place after an article alone", () => {
    expect(officeLocations(["Kranwerk is based in Leipzig, Germany."])).toEqual(["Leipzig"]);
    expect(officeLocations(["Unser Büro befindet sich in der Nähe des Bahnhofs."])).toEqual([]);
    expect(officeLocations(["Our offices are located in the heart of Bremen."])).toEqual([]);
  });

  it("takes no country from another firm's subsidiaries in a privacy notice", () => {
    const line = "Der Anbieter, einschließlich seiner Tochtergesellschaften in den USA, hat sich zertifiziert.";
    expect(officeLocations([line])).toEqual([]);
  });
});

describe("team size as a German compound", () => {
  it.each([
    ["Ein hochqualifiziertes, rund 180 Mann starkes Team macht den Unterschied.", 180],
    ["Ein über 15-köpfiges Team betreut unsere Kunden.", 15],
  ])("%s", (line, min) => {
    expect(employeeHints([line]).map((hint) => hint.min)).toEqual([min]);
  });
});

describe("industry of the company, not of the market it serves", () => {
  it.each([
    ["Greifarme und Sondermaschinen für die Intralogistik", []],
    ["Halden Tools: Planungssoftware für die Immobilienwirtschaft", ["Software / SaaS"]],
    ["Scheduling software for the healthcare industry", ["Software / SaaS"]],
    ["Kranwerk baut Maschinen für die Hohlglas- und Pharmaindustrie", []],
    ["Nordlicht – Gesellschaft für Logistik und Lagerhaltung", ["Logistics"]],
  ])("%s", (text, labels) => {
    expect(industryHints([text])).toEqual(labels);
  });
});

describe("founding year in a German passive", () => {
  it("reads the year before the founders' names", () => {
    const line = "Kranwerk mit Sitz in Kassel wurde 2008 von Jana Roth und Peter Falk-Sommer gegründet.";
    expect(foundedYear([line])).toBe(2008);
  });
});
