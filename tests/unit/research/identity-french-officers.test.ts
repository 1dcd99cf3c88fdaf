import { describe, expect, it } from "vitest";
import { extractImpressum } from "../../../lib/research/impressum";
import { vatId } from "../../../lib/research/legal";
import { parseHtml } from "./fixtures";

const impressumOf = (body: string, lang = "fr") =>
  extractImpressum(
    parseHtml(
      `<!doctype html><html lang="${lang}"><head><title>Mentions légales</title></head><body>${body}</body></html>`,
      "https://www.example-atelier.example/mentions-legales",
    ),
  );

describe("French managing officers", () => {
  it.each([
    ["Gérant : Julien Marchal", ["Julien Marchal"]],
    ["Gérante : Camille Roussel", ["Camille Roussel"]],
    ["Gérants : Julien Marchal et Camille Roussel", ["Julien Marchal", "Camille Roussel"]],
    ["Co-gérants : Julien Marchal, Camille Roussel", ["Julien Marchal", "Camille Roussel"]],
    ["Président : Julien Marchal", ["Julien Marchal"]],
    ["Présidente : Camille Roussel", ["Camille Roussel"]],
    ["Président-directeur général : Julien Marchal", ["Julien Marchal"]],
    ["Directeur général : Julien Marchal", ["Julien Marchal"]],
    ["Directrice générale : Camille Roussel", ["Camille Roussel"]],
    ["Représentée par : Julien Marchal", ["Julien Marchal"]],
  ])("%s", (line, names) => {
    const found = impressumOf(`<h1>Mentions légales</h1><p>Ateliers Mirabel SARL</p><p>${line}</p>`);
    expect(found?.managingDirectors).toEqual(names);
  });

  it("reads the officer under a heading of its own", () => {
    const found = impressumOf(`<h1>Mentions légales</h1><p>Ateliers Mirabel SA</p>
      <h3>Gérant</h3><p>Julien Marchal</p><h3>Contact</h3><p>info@example-atelier.example</p>`);
    expect(found?.managingDirectors).toEqual(["Julien Marchal"]);
  });

  it("keeps the chair of a supervisory board and the publication director out", () => {
    const found = impressumOf(`<h1>Mentions légales</h1><p>Ateliers Mirabel SA</p>
      <p>Président du conseil de surveillance : Hugo Lemaire</p>
      <p>Directeur de la publication : Lou Brandt</p><p>Gérant : Julien Marchal</p>`);
    expect(found?.managingDirectors).toEqual(["Julien Marchal"]);
  });

  it("reads no officer from a sentence naming the role", () => {
    const found = impressumOf(`<h1>Mentions légales</h1><p>Ateliers Mirabel SARL</p>
      <p>Le président du jury remet le prix à Julien Marchal lors de la soirée annuelle.</p>`);
    expect(found?.managingDirectors).toEqual([]);
  });
});

describe("Swiss VAT suffix in brackets", () => {
  it.each([
    ["CHE-123.456.789 (MWST)", "CHE-123.456.789 MWST"],
    ["UID: CHE-123.456.789 (TVA)", "CHE-123.456.789 TVA"],
    ["CHE-123.456.789 (MWST-Nr.)", "CHE-123.456.789 MWST"],
    ["CHE 123.456.789 ( IVA )", "CHE 123.456.789 IVA"],
  ])("%s → %s", (line, id) => {
    expect(vatId(line)).toBe(id);
  });

  it("leaves a bracketed register note alone", () => {
    expect(vatId("CHE-123.456.789 (Handelsregister)")).toBeUndefined();
  });
});

describe("French officers written beside a name", () => {
  it.each([
    ["Gérant : Julien Marchal, Président", ["Julien Marchal"]],
    ["Représentée par son gérant, Julien Marchal", ["Julien Marchal"]],
    ["Représentée par Julien Marchal, Président", ["Julien Marchal"]],
    ["Gérant : M. Julien Marchal", ["Julien Marchal"]],
    ["Présidente : Madame Camille Roussel", ["Camille Roussel"]],
  ])("%s", (line, names) => {
    const found = impressumOf(`<h1>Mentions légales</h1><p>Ateliers Mirabel SAS</p><p>${line}</p>`);
    expect(found?.managingDirectors).toEqual(names);
  });
});

describe("French representatives", () => {
  it.each([
    ["Représentant autorisé: Julien Marchal, Directeur Général", ["Julien Marchal"]],
    ["Représentante légale : Camille Roussel", ["Camille Roussel"]],
    ["Directeur général délégué : Julien Marchal", ["Julien Marchal"]],
  ])("%s", (line, names) => {
    const found = impressumOf(`<h1>Mentions légales</h1><p>Ateliers Mirabel Sàrl</p><p>${line}</p>`);
    expect(found?.managingDirectors).toEqual(names);
  });
});
