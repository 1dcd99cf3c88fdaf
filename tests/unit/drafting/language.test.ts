import { describe, expect, it } from "vitest";
import { chooseLanguage, profileLanguage } from "@/lib/drafting/language";
import { detectRegion } from "@/lib/drafting/region";

describe("detectRegion", () => {
  it.each([
    ["Hamburg, Deutschland", "DE", "Europe/Berlin", true],
    ["Greater Munich Metropolitan Area", "DE", "Europe/Berlin", true],
    ["Wien, Österreich", "AT", "Europe/Vienna", true],
    ["Zürich, Schweiz", "CH", "Europe/Zurich", true],
    ["Genève, Suisse", "CH", "Europe/Zurich", false],
    ["New York, United States", undefined, "America/New_York", false],
  ])("%s", (location, country, timeZone, germanSpeaking) => {
    expect(detectRegion(location)).toEqual({ ...(country ? { country } : {}), timeZone, germanSpeaking });
  });

  it("knows nothing without a location", () => {
    expect(detectRegion(undefined)).toEqual({});
  });
});

describe("chooseLanguage", () => {
  it("follows a German profile", () => {
    expect(profileLanguage("Geschäftsführer bei Nordwind Logistik und Gründer")).toBe("de");
    expect(chooseLanguage({ headline: "Leiterin Vertrieb für DACH" }, "en")).toEqual({
      language: "de",
      reason: "profile-language",
    });
  });

  it("follows a DACH location even with an English headline", () => {
    expect(chooseLanguage({ headline: "Head of Sales", location: "Wien, Österreich" }, "en")).toEqual({
      language: "de",
      reason: "location",
    });
  });

  it("writes English outside the German-speaking area", () => {
    expect(chooseLanguage({ headline: "Head of Sales at Heron", location: "Genève, Suisse" }, "de").language).toBe(
      "en",
    );
    expect(chooseLanguage({ location: "London, England" }, "de")).toEqual({ language: "en", reason: "location" });
  });

  it("falls back to the default and honours the override", () => {
    expect(chooseLanguage({}, "de")).toEqual({ language: "de", reason: "default" });
    expect(chooseLanguage({ location: "Berlin" }, "de", "en")).toEqual({ language: "en", reason: "override" });
  });
});
