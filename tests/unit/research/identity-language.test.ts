import { describe, expect, it } from "vitest";
import { detectLanguage, guessLanguage } from "../../../lib/research/language";
import { parseHtml } from "./fixtures";

const declaredAs = (lang: string) =>
  parseHtml(`<!doctype html><html lang="${lang}"><head></head><body></body></html>`, "https://www.example.example/");

const germanProse =
  "Wir sind ein Familienunternehmen aus dem Allgäu und fertigen seit über dreißig Jahren Möbel für Praxen und Kanzleien. " +
  "Die Planung übernehmen wir gemeinsam mit unseren Kunden, die Montage erfolgt durch unser eigenes Team. " +
  "Für Fragen zu unseren Produkten sind wir gerne für Sie da, auch nach dem Kauf und bei der Pflege der Oberflächen.";
const frenchProse =
  "Nous sommes une entreprise familiale et nous fabriquons des meubles pour les cabinets et les bureaux depuis trente ans. " +
  "La planification se fait avec nos clients, et le montage est assuré par notre propre équipe dans toute la région. " +
  "Pour toute question sur nos produits, nous sommes à votre disposition avec plaisir, aussi après la vente.";

describe("page language when the declaration is wrong", () => {
  it("a short German legal notice under a theme's lang=en", () => {
    const text =
      "Impressum\nAngaben gemäß § 5 TMG\nFeldweg Labs UG\nVertreten durch\nDr. Lukas Brenner\nEingetragen am\nHRB 123456";
    expect(detectLanguage(declaredAs("en"), text)).toBe("de");
  });

  it("German text declared as another language", () => {
    expect(detectLanguage(declaredAs("it"), germanProse)).toBe("de");
  });

  it("keeps a declared German notice German when codes in capitals spell a common word of another language", () => {
    // "CHE" opens a Swiss company id; in capitals it is no Italian "che".
    const text =
      "Kontakt\nFirnblick Bau AG\nBauleitung, Architektur\nVerwaltungsrat: Jana Fluri\nUID: CHE-101.202.303\nMWST-Nummer: CHE-101.202.303 MWST";
    expect(detectLanguage(declaredAs("de"), text)).toBe("de");
  });

  it("keeps a declared French page French", () => {
    expect(detectLanguage(declaredAs("fr"), frenchProse)).toBe("fr");
  });

  it("keeps the declaration of a short English notice with German register terms", () => {
    const text =
      "Imprint\nFeldweg Labs GmbH\nManaging Director: Lukas Brenner\nRegister court: Amtsgericht Kiel\nHRB 123456";
    expect(detectLanguage(declaredAs("en"), text)).toBe("en");
  });

  it("counts words with umlauts as whole words", () => {
    expect(guessLanguage("für über gemäß für über gemäß", { sample: 100, least: 5, ratio: 1.3 })).toBe("de");
  });

  it("does not take undeclared French text for English", () => {
    expect(guessLanguage(frenchProse)).toBe("fr");
  });
});
