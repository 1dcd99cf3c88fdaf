import { describe, expect, it } from "vitest";
import { extractImpressum } from "../../../lib/research/impressum";
import { findVatId, registerCourt, vatId } from "../../../lib/research/legal";
import { parseHtml } from "./fixtures";

const impressumOf = (body: string, lang = "de") =>
  extractImpressum(
    parseHtml(
      `<!doctype html><html lang="${lang}"><head><title>Impressum</title></head><body>${body}</body></html>`,
      "https://www.example-firma.example/impressum",
    ),
  );

describe("Swiss company number and VAT number", () => {
  it.each([
    "UID: CHE-123.456.789",
    "Unternehmens-Identifikationsnummer (UID): CHE-123.456.789",
    "Handelsregister: CHE-123.456.789",
    "IDE: CHE 123.456.789",
  ])("%s is the company number, not a VAT number", (line) => {
    expect(vatId(line)).toBeUndefined();
  });

  it.each([
    ["UID: CHE-123.456.789 MWST", "CHE-123.456.789 MWST"],
    ["MWST-Nr.: CHE-123.456.789", "CHE-123.456.789"],
    ["Mehrwertsteuernummer: CHE-123.456.789", "CHE-123.456.789"],
    ["VAT number: CHE-123.456.789", "CHE-123.456.789"],
    ["N° TVA : CHE-123.456.789 TVA", "CHE-123.456.789 TVA"],
    ["Handelsregister: CHE-412.587.903 · MWST-Nr. CHE-412.587.903", "CHE-412.587.903"],
  ])("%s is a VAT number: %s", (line, id) => {
    expect(vatId(line)).toBe(id);
  });

  it("keeps the Austrian UID, which is the VAT id", () => {
    expect(vatId("UID-Nr. ATU12345678")).toBe("ATU12345678");
  });

  it("reads a bare Swiss number under a VAT label line", () => {
    expect(findVatId(["Mehrwertsteuernummer", "CHE-123.456.789"])).toBe("CHE-123.456.789");
    expect(findVatId(["Unternehmens-Identifikationsnummer", "CHE-123.456.789"])).toBeUndefined();
  });

  it("reports the UID as the register number and no VAT id when that is all the notice gives", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Talgrund Haustechnik GmbH<br>Seeweg 3<br>8000 Zürich</p>
      <p>Geschäftsführung:<br>Corinne Walder</p><p>UID:<br>CHE-123.456.789</p>
      <p>Handelsregister:<br>Handelsregisteramt des Kantons Zürich</p>`);
    expect(found?.registerNumber).toBe("CHE-123.456.789");
    expect(found?.vatId).toBeUndefined();
    expect(found?.registerCourt).toBe("Handelsregisteramt des Kantons Zürich");
  });

  it("takes the VAT number, not the UID above it", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Bergsicht Informatik AG</p>
      <p>Unternehmens-Identifikationsnummer (UID): CHE-111.222.333</p>
      <p>Mehrwertsteuernummer</p><p>CHE-111.222.333 MWST</p>`);
    expect(found?.registerNumber).toBe("CHE-111.222.333");
    expect(found?.vatId).toBe("CHE-111.222.333 MWST");
  });
});

describe("Swiss register offices", () => {
  it.each([
    ["Handelsregister: Handelsregisteramt des Kantons Zürich", "Handelsregisteramt des Kantons Zürich"],
    ["Eingetragen im Handelsregister des Kantons Bern.", "Handelsregister des Kantons Bern"],
    ["Handelsregister des Kantons St. Gallen, CHE-123.456.789", "Handelsregister des Kantons St. Gallen"],
    ["Inscrite au Registre du commerce du canton de Vaud", "Registre du commerce du canton de Vaud"],
    ["Registro di commercio del Cantone Ticino", "Registro di commercio del Cantone Ticino"],
    ["Handelsregisteramt: Basel-Stadt", "Handelsregisteramt Basel-Stadt"],
  ])("%s → %s", (line, court) => {
    expect(registerCourt(line)).toBe(court);
  });

  it("reads no office from a number after the label", () => {
    expect(registerCourt("Handelsregisteramt: CHE-123.456.789")).toBeUndefined();
  });

  it("finds the office on the line before the company number", () => {
    const found = impressumOf(`<h1>Impressum</h1><h3>Handelsregister</h3><p>Lärchenhof Holding AG<br>
      Eingetragen im Handelsregister des Kantons Luzern.<br>
      Unternehmens-Identifikationsnummer (UID): CHE-222.333.444</p>`);
    expect(found?.registerCourt).toBe("Handelsregister des Kantons Luzern");
    expect(found?.registerNumber).toBe("CHE-222.333.444");
  });
});

describe("publication director", () => {
  it("is not a managing director on its own", () => {
    const found = impressumOf(
      `<h1>Legal notice</h1><h2>Website publisher</h2><p>Ateliers Mirabel SARL, 4 rue des Tilleuls, 38000 Grenoble</p>
      <h2>Publication director</h2><p>Camille Roussel</p><h2>Hosting provider</h2><p>Nuage Hébergement SAS</p>`,
      "en",
    );
    expect(found?.managingDirectors).toEqual([]);
  });

  it("is not one in French either", () => {
    const found = impressumOf(`<h1>Mentions légales</h1><p>Ateliers Mirabel SARL</p>
      <p>Directeur de la publication : Camille Roussel</p>`);
    expect(found?.managingDirectors).toEqual([]);
  });

  it("is one where the notice names the management role beside it", () => {
    const found = impressumOf(`<h1>Mentions légales</h1><p>Ateliers Mirabel SARL</p>
      <p>Directeur de la publication : Camille Roussel, gérante</p>`);
    expect(found?.managingDirectors).toEqual(["Camille Roussel"]);
  });

  it("takes no role for a name", () => {
    const found = impressumOf(`<h1>Mentions légales</h1><p>Ateliers Mirabel SAS</p>
      <p>Directeur de la publication : M., Président de Ateliers Mirabel</p>`);
    expect(found?.managingDirectors).toEqual([]);
  });

  it("leaves a managing director beside it alone", () => {
    const found = impressumOf(`<h1>Imprint</h1><p>Ateliers Mirabel GmbH</p>
      <p>Managing director: Camille Roussel</p><p>Publication director: Hugo Lemaire</p>`);
    expect(found?.managingDirectors).toEqual(["Camille Roussel"]);
  });
});

describe("directors of a craft", () => {
  it("are no managing directors: an agency's credits name an art or creative director", () => {
    const found = impressumOf(`<h1>Imprint</h1><p>Ateliers Mirabel GmbH</p>
      <p>Managing director: Camille Roussel</p><p>Art Director: Hugo Lemaire</p><p>Creative director: Lou Brandt</p>`);
    expect(found?.managingDirectors).toEqual(["Camille Roussel"]);
  });

  it("still reads directors named as such", () => {
    const found = impressumOf(
      `<h1>Imprint</h1><p>Ateliers Mirabel Ltd</p><p>Company directors: Camille Roussel, Hugo Lemaire</p>`,
    );
    expect(found?.managingDirectors).toEqual(["Camille Roussel", "Hugo Lemaire"]);
  });
});
