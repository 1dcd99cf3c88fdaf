import { describe, expect, it } from "vitest";
import { industryIds, industryLabel, normaliseIndustry } from "../../../../lib/scoring/normalise/industry";
import { industryTable } from "../../../../lib/scoring/normalise/industry-data";

describe("normaliseIndustry", () => {
  it.each([
    ["Software Development", "software"],
    ["Softwareentwicklung", "software"],
    ["Computer Software", "software"],
    ["IT Services and IT Consulting", "it-services"],
    ["IT-Dienstleistungen und IT-Beratung", "it-services"],
    ["Information Technology & Services", "it-services"],
    ["Financial Services", "financial-services"],
    ["Finanzdienstleistungen", "financial-services"],
    ["Hospitals and Health Care", "health-care"],
    ["Krankenhäuser und Gesundheitswesen", "health-care"],
    ["Krankenhauser und Gesundheitswesen", "health-care"],
    ["Manufacturing", "manufacturing"],
    ["Maschinenbau", "machinery"],
    ["Retail", "retail"],
    ["Einzelhandel", "retail"],
    ["Großhandel", "wholesale"],
    ["Versicherungen", "insurance"],
    ["  software   development ", "software"],
  ])("maps %s to %s", (name, id) => {
    expect(normaliseIndustry(name)).toBe(id);
  });

  it("falls back to keywords for names outside the table", () => {
    expect(normaliseIndustry("Fintech-Startup")).toBe("financial-services");
    expect(normaliseIndustry("B2B SaaS")).toBe("software");
    expect(normaliseIndustry("Cyber Security Consulting")).toBe("security");
  });

  it("accepts its own ids", () => {
    expect(normaliseIndustry("it-services")).toBe("it-services");
  });

  it("returns undefined for unrelated text", () => {
    expect(normaliseIndustry("Zirkus")).toBeUndefined();
    expect(normaliseIndustry("")).toBeUndefined();
  });

  it("maps every name in the table to its own row, so no alias is shadowed", () => {
    for (const [id, ...names] of industryTable) {
      for (const name of names) expect(normaliseIndustry(name), name).toBe(id);
    }
  });

  it("labels ids in English and German", () => {
    expect(industryLabel("software")).toBe("Software Development");
    expect(industryLabel("software", "de")).toBe("Softwareentwicklung");
    expect(industryIds.length).toBeGreaterThanOrEqual(40);
  });
});
