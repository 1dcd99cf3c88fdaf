import { describe, expect, it } from "vitest";
import { extractImpressum } from "../../../lib/research/impressum";
import { legalEntity, registerCourt, registerNumber } from "../../../lib/research/legal";
import { parseHtml } from "./fixtures";

describe("a court's letter before the register number", () => {
  it.each([
    ["HRB-Nr.: B 11190", "HRB 11190 B"],
    ["Handelsregister HRB B 20455", "HRB 20455 B"],
    ["HRA-Nr.: B 7321", "HRA 7321 B"],
  ])("%s → %s", (line, number) => {
    expect(registerNumber(line)).toBe(number);
  });

  it("takes no small word for the letter", () => {
    expect(registerNumber("HRB 4711, a 12 Kilometer von hier")).toBe("HRB 4711");
  });
});

describe("a court named by its task and town", () => {
  it.each([
    ["Firmenbuchgericht Linz", "Landesgericht Linz"],
    ["FN 123456 k, Firmenbuchgericht Klagenfurt", "Landesgericht Klagenfurt"],
    ["Firmenbuchgericht Wien", "Handelsgericht Wien"],
    ["Registergericht Frankfurt am Main, HRB 1234", "Amtsgericht Frankfurt am Main"],
    ["Eingetragen beim Registergericht Neustadt unter HRB 5678", "Amtsgericht Neustadt"],
    ["Registergericht Neustadt: HRB 502044", "Amtsgericht Neustadt"],
  ])("%s → %s", (line, court) => {
    expect(registerCourt(line)).toBe(court);
  });

  it("keeps a court the notice names and a town given as a label's value", () => {
    expect(registerCourt("Firmenbuchgericht: Landesgericht Linz")).toBe("Landesgericht Linz");
    expect(registerCourt("Registergericht: Kiel")).toBe("Kiel");
  });

  it("reads both from a notice", () => {
    const doc = parseHtml(
      `<html><body><main><h1>Impressum</h1><p>Kranichfeld Werkzeuge GmbH<br>Mühlenweg 4<br>60311 Frankfurt am Main</p>
      <p>Registergericht Frankfurt am Main<br>HRB-Nr.: B 11190</p><p>USt-IdNr.: DE123456789</p></main></body></html>`,
      "https://www.kranichfeld.example/impressum",
    );
    const found = extractImpressum(doc, "https://www.kranichfeld.example/impressum");
    expect(found?.registerNumber).toBe("HRB 11190 B");
    expect(found?.registerCourt).toBe("Amtsgericht Frankfurt am Main");
  });
});

describe("a partnership's own register", () => {
  it("takes a heading that refers to the company for no name", () => {
    expect(legalEntity("Registereintrag der KG")).toBeUndefined();
    expect(legalEntity("Kranich Werkzeuge KG")?.name).toBe("Kranich Werkzeuge KG");
  });

  it("reads the partnership's number after its general partner's", () => {
    const doc = parseHtml(
      `<html><body><main><h1>Impressum</h1><p>Kranichfeld Beratung UG (haftungsbeschränkt) &amp; Co. KG<br>Mühlenweg 4<br>
      80331 München</p><h2>Persönlich haftende Gesellschafterin</h2><p>Kranichfeld Verwaltungs UG (haftungsbeschränkt)<br>
      Registergericht: Amtsgericht München<br>Registernummer: HRB 300001<br>Geschäftsführer: Jonas Weber</p>
      <h2>Registereintrag der KG</h2><p>Registergericht: Amtsgericht Augsburg<br>Registernummer: HRA 120002</p>
      <h2>Steuerliche Angaben</h2><p>Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG:<br>DE123456789</p></main></body></html>`,
      "https://kranichfeld.example/impressum",
    );
    const found = extractImpressum(doc, "https://kranichfeld.example/impressum");
    expect(found?.registerNumber).toBe("HRA 120002");
    expect(found?.registerCourt).toBe("Amtsgericht Augsburg");
    expect(found?.vatId).toBe("DE123456789");
    expect(found?.managingDirectors).toEqual(["Jonas Weber"]);
  });
});
