import { describe, expect, it } from "vitest";
import { countryCode, geoPresets, normaliseLocation } from "../../../../lib/scoring/normalise/location";

describe("normaliseLocation", () => {
  it.each([
    ["Greater Munich Metropolitan Area", { country: "DE", region: "DE-BY", city: "Munich" }],
    ["Großraum München", { country: "DE", region: "DE-BY", city: "Munich" }],
    ["Metropolregion München", { country: "DE", region: "DE-BY", city: "Munich" }],
    ["Berlin, Germany", { country: "DE", region: "DE-BE", city: "Berlin" }],
    ["Berlin und Umgebung", { country: "DE", region: "DE-BE", city: "Berlin" }],
    ["Wien, Österreich", { country: "AT", region: "AT-9", city: "Vienna" }],
    ["Vienna, Vienna, Austria", { country: "AT", region: "AT-9", city: "Vienna" }],
    ["Zürich, Switzerland", { country: "CH", region: "CH-ZH", city: "Zurich" }],
    ["Greater Zurich Area", { country: "CH", region: "CH-ZH", city: "Zurich" }],
    ["Genf, Schweiz", { country: "CH", region: "CH-GE", city: "Geneva" }],
    ["San Francisco Bay Area", { country: "US", region: "US-CA", city: "San Francisco" }],
    ["San Francisco, CA", { country: "US", region: "US-CA", city: "San Francisco" }],
    ["Seattle, Washington, United States", { country: "US", region: "US-WA", city: "Seattle" }],
    ["New York City Metropolitan Area", { country: "US", region: "US-NY", city: "New York" }],
    ["London Area, United Kingdom", { country: "GB", region: "GB-ENG", city: "London" }],
    ["Frankfurt Rhine-Main Metropolitan Area", { country: "DE", region: "DE-HE", city: "Frankfurt" }],
    ["Köln, Nordrhein-Westfalen, Deutschland", { country: "DE", region: "DE-NW", city: "Cologne" }],
    ["Bavaria, Germany", { country: "DE", region: "DE-BY" }],
    ["Bayern, Deutschland", { country: "DE", region: "DE-BY" }],
    ["Germany", { country: "DE" }],
    ["Deutschland", { country: "DE" }],
    ["Österreich", { country: "AT" }],
    ["Köln/Bonn", { country: "DE", region: "DE-NW", city: "Cologne" }],
    ["Frankfurt/Main", { country: "DE", region: "DE-HE", city: "Frankfurt" }],
    ["Paris, Île-de-France, France", { country: "FR", city: "Paris" }],
  ])("reads %s", (text, place) => {
    expect(normaliseLocation(text)).toEqual(place);
  });

  it("keeps only the city name when it contradicts the stated country", () => {
    expect(normaliseLocation("Freiburg, Switzerland")).toEqual({ country: "CH", city: "Freiburg" });
  });

  it("returns undefined for unknown places", () => {
    expect(normaliseLocation("Atlantis")).toBeUndefined();
    expect(normaliseLocation("")).toBeUndefined();
  });

  it("resolves country names and codes", () => {
    expect(countryCode("Schweiz")).toBe("CH");
    expect(countryCode("de")).toBe("DE");
    expect(countryCode("Narnia")).toBeUndefined();
    expect(geoPresets.DACH).toEqual(["DE", "AT", "CH"]);
  });
});
