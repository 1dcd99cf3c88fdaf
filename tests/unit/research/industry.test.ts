import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { industryHints, industryVocabulary } from "../../../lib/research/industry";

/** The plain statement: every industry whose own expression matches somewhere, in vocabulary order. */
const reference = (texts: readonly string[]) => {
  const text = texts.join(" \n ");
  return industryVocabulary.filter(([, pattern]) => pattern.test(text)).map(([label]) => label);
};

describe("industryHints", () => {
  it("names the industries of a description", () => {
    expect(industryHints(["Nordlicht Analytics", "Die Datenplattform für den Mittelstand mit KI"])).toEqual([
      "Analytics / Data",
      "Artificial intelligence",
    ]);
    expect(industryHints(["SaaS for logistics teams: route planning and supply chain data"])).toEqual([
      "Software / SaaS",
      "Analytics / Data",
      "Logistics",
    ]);
    expect(industryHints(["A bakery in Bremen"])).toEqual([]);
  });

  it("finds what each industry's own expression finds, whatever the words and their order", () => {
    const keywords = [
      "SaaS",
      "platform",
      "data",
      "Daten",
      "BI",
      "AI",
      "KI",
      "machine learning",
      "e-learning",
      "payments",
      "healthcare",
      "health",
      "Klinik",
      "e-commerce",
      "retail",
      "logistics",
      "supply chain",
      "consulting",
      "agency",
      "marketing",
      "Marktforschung",
      "industrial",
      "automotive",
      "security",
      "cybersecurity",
      "it-sicherheit",
      "fraud",
      "HR",
      "human resources",
      "Personalwesen",
      "talent",
      "training",
      "proptech",
      "real estate",
      "energy",
      "solar",
      "insurtech",
      "insurance",
      "legal tech",
      "Kanzlei",
      "user research",
      "ux research",
      "open source",
      "open-source",
      "devops",
      "IDE",
      "artificial intelligence",
      "business intelligence",
      "the",
      "und",
      "-",
      ",",
      "x",
    ];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...keywords), { maxLength: 6 }), { maxLength: 3 }), (texts) => {
        const joined = texts.map((words) => words.join(" "));
        expect(industryHints(joined)).toEqual(reference(joined));
      }),
      { numRuns: 3000 },
    );
  });
});
