import { describe, expect, it } from "vitest";
import { extractImpressum } from "../../../lib/research/impressum";
import { registerCourt, registerNumber, vatId } from "../../../lib/research/legal";
import { parseHtml } from "./fixtures";

const impressumOf = (body: string, url = "https://www.example-firma.example/impressum") =>
  extractImpressum(
    parseHtml(`<!doctype html><html lang="de"><head><title>Impressum</title></head><body>${body}</body></html>`, url),
  );

describe("a director named above the role", () => {
  it("reads the name on the line before a line that is only the role", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Wolkenweg Software GmbH<br>Lindenallee 3<br>12345 Beispielstadt</p>
      <p>Erika Beispiel<br>Geschäftsführerin</p><p>Amtsgericht Beispielstadt, HRB 12345</p>`);
    expect(found?.managingDirectors).toEqual(["Erika Beispiel"]);
  });

  it("reads two directors each written above the role", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Wolkenweg Software GmbH</p>
      <p>Erika Beispiel<br>Geschäftsführerin</p><p>Tom Muster<br>Geschäftsführer</p><p>HRB 12345</p>`);
    expect(found?.managingDirectors).toEqual(["Erika Beispiel", "Tom Muster"]);
  });

  it("reads a name with the role after a comma", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Wolkenweg Software GmbH<br>Erika Beispiel, Geschäftsführerin<br>
      Lindenallee 3, 12345 Beispielstadt</p><p>HRB 12345</p>`);
    expect(found?.managingDirectors).toEqual(["Erika Beispiel"]);
  });

  it("reads a name with the role after it in brackets or after a bar", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Wolkenweg Software GmbH</p><p>Erika Beispiel (Geschäftsführerin)</p>
      <p>Tom Muster | Geschäftsführer</p><p>HRB 12345</p>`);
    expect(found?.managingDirectors).toEqual(["Erika Beispiel", "Tom Muster"]);
  });

  it("keeps reading the names under a role heading", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Wolkenweg Software GmbH</p>
      <h3>Geschäftsführer</h3><p>Tom Muster</p><p>HRB 12345</p>`);
    expect(found?.managingDirectors).toEqual(["Tom Muster"]);
  });

  it("does not take a contact person above a role heading followed by names", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Wolkenweg Software GmbH</p><p>Ansprechpartner</p><p>Lena Fuchs</p>
      <h3>Geschäftsführer</h3><p>Tom Muster</p><p>HRB 12345</p>`);
    expect(found?.managingDirectors).toEqual(["Tom Muster"]);
  });
});

describe("Swiss numbers written with other dashes", () => {
  it.each([
    ["MWST-Nr.: CHE\u2011123.456.789 MWST", "CHE-123.456.789 MWST"],
    ["CHE\u2013123.456.789 MWST", "CHE-123.456.789 MWST"],
    ["UID: CHE\u2010123.456.789 TVA", "CHE-123.456.789 TVA"],
    ["Mehrwertsteuernummer: CHE\u2212123.456.789", "CHE-123.456.789"],
  ])("%s → %s", (line, id) => {
    expect(vatId(line)).toBe(id);
  });

  it("reads the company number with a non-breaking hyphen", () => {
    expect(registerNumber("Handelsregister: CHE\u2011123.456.789")).toBe("CHE-123.456.789");
  });

  it("reads the old register number under a shortened label", () => {
    expect(registerNumber("Handelsreg. Nr.: CH-020.4.012.345-6")).toBe("CH-020.4.012.345-6");
  });
});

describe("Austrian register numbers without the FN prefix", () => {
  it("gives a bare register number of an Austrian notice the FN form", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Donaublick Digital GmbH<br>Musterplatz 2, 1010 Wien</p>
      <p>Registernummer 123456 a<br>Firmenbuchgericht: Handelsgericht Wien</p><p>UID-Nr.: ATU12345678</p>`);
    expect(found?.registerNumber).toBe("FN 123456 a");
    expect(found?.registerCourt).toBe("Handelsgericht Wien");
  });

  it("reads a written-out Firmenbuch number with its check letter", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Almweg Holz GmbH</p><p>Firmenbuchnummer 654321 k</p>
      <p>Landesgericht Salzburg</p>`);
    expect(found?.registerNumber).toBe("FN 654321 k");
  });

  it("gives a bare number of an Austrian GmbH the FN form under an Austrian court", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Almweg Holz GmbH</p>
      <p>Registernummer: 654321<br>Registergericht: Landesgericht Salzburg</p>`);
    expect(found?.registerNumber).toBe("FN 654321");
  });

  it("keeps HRB for a German GmbH", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Almweg Holz GmbH</p>
      <p>Registernummer: 654321<br>Registergericht: Amtsgericht Beispielstadt</p><p>USt-IdNr.: DE123456789</p>`);
    expect(found?.registerNumber).toBe("HRB 654321");
  });
});

describe("a register number under its label", () => {
  it("reads an Austrian number from a definition list in English", () => {
    const found = impressumOf(`<h1>Legal notice</h1><dl><dt>Company name</dt><dd>Donaublick Digital GmbH</dd>
      <dt>Company register number</dt><dd>123456a</dd><dt>Register court</dt><dd>Commercial Court of Vienna</dd>
      <dt>VAT identification number</dt><dd>ATU 12345678</dd></dl>`);
    expect(found?.registerNumber).toBe("FN 123456 a");
  });

  it("reads a Swiss number under a register heading", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Seeblick Beratung GmbH<br>Seeweg 1<br>4000 Basel</p>
      <h3>Handelsregister</h3><p>CHE-123.456.789</p><h3>Registrierung</h3><p>Registernummer F01234567</p>`);
    expect(found?.registerNumber).toBe("CHE-123.456.789");
  });

  it("names a director once when the notice writes the middle name out and then shortened", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Herr Tom Anton Berg</p><p>Geschäftsführer</p>
      <p>Wolkenweg Software GmbH</p><p>Geschäftsführer: Tom A. Berg</p><p>HRB 12345</p>`);
    expect(found?.managingDirectors).toEqual(["Tom Anton Berg"]);
  });
});

describe("template values and English register labels", () => {
  it("takes no VAT id from a placeholder in square brackets", () => {
    expect(vatId("USt-IdNr.: [DE123456789]")).toBeUndefined();
    expect(vatId("USt-IdNr.: DE123456789")).toBe("DE123456789");
  });

  it("reads the place after a registration court label", () => {
    expect(registerCourt("Registration Court: Offenbach am Main")).toBe("Offenbach am Main");
  });

  it("reads the court a notice names as the place it is registered in", () => {
    expect(registerCourt("Registriert beim Amtsgericht in: Beispielstadt")).toBe("Amtsgericht Beispielstadt");
  });
});
