import { describe, expect, it } from "vitest";
import { isNotAName, nameFromTitle } from "../../../lib/capture/linkedin/profile-identity";

describe("isNotAName", () => {
  it("refuses the notices of unavailable profiles and sentences", () => {
    expect(isNotAName("An exact match for sanna-virtanen-7c could not be found.")).toBe(true);
    expect(isNotAName("Profile Not Found")).toBe(true);
    expect(isNotAName("This profile is not available")).toBe(true);
    expect(isNotAName("Dieses Profil ist nicht verfügbar")).toBe(true);
  });

  it("keeps names with initials, particles, titles and suffixes", () => {
    for (const name of [
      "Sanna Virtanen",
      "Jonas K. Berg Jr.",
      "Dr. Lena Hoffmann, PhD",
      "Maria José García López de la Fuente",
      "Ólafur Ragnar van der Berg",
      "Prof. Dr. med. Hans Peter Müller M.Sc.",
    ]) {
      expect(isNotAName(name)).toBe(false);
    }
  });
});

describe("nameFromTitle", () => {
  it("names nobody on a profile-not-found title", () => {
    expect(nameFromTitle("Profile Not Found | LinkedIn")).toBeUndefined();
    expect(nameFromTitle("(2) Sanna Virtanen | LinkedIn")).toBe("Sanna Virtanen");
  });
});
