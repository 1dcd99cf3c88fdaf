import { describe, expect, it } from "vitest";
import { extractImpressum } from "../../../lib/research/impressum";
import { registerNumber } from "../../../lib/research/legal";
import { parseHtml } from "./fixtures";

const noticeOf = (body: string, url = "https://www.lindgrau.example/impressum") =>
  extractImpressum(parseHtml(`<html><body><main><h1>Impressum</h1>${body}</main></body></html>`, url), url);

describe("a register court several lines from the register number", () => {
  it("finds the cantonal office three lines above the UID in the notice's block", () => {
    const found = noticeOf(`<p>Lindgrau Systems AG<br>Seestrasse 12<br>6300 Zug<br>Schweiz</p>
      <p>Handelsregisteramt des Kantons Zug<br>Firmennummer<br>Rechtsform: Aktiengesellschaft<br>
      UID: CHE-312.884.605</p><p>Vertretungsberechtigte Person: Nora Feldmann</p>`);
    expect(found?.registerNumber).toBe("CHE-312.884.605");
    expect(found?.registerCourt).toBe("Handelsregisteramt des Kantons Zug");
  });

  it("finds a German court four lines below the register number", () => {
    const found = noticeOf(`<p>Kranwerk Digital GmbH<br>Hafenweg 3<br>24103 Kiel</p>
      <p>HRB 48213<br>Geschäftsführer: Jonas Brink<br>Sitz der Gesellschaft: Kiel<br>Telefon: 0431 123456<br>
      Registergericht: Amtsgericht Kiel</p>`);
    expect(found?.registerCourt).toBe("Amtsgericht Kiel");
  });

  it("does not take the court of another company named further on", () => {
    const found = noticeOf(`<p>Kranwerk Digital GmbH<br>Hafenweg 3<br>24103 Kiel<br>HRB 48213</p>
      <p>Geschäftsführer: Jonas Brink</p><p>Webdesign: Blaupause Agentur GmbH<br>Amtsgericht Lübeck HRB 9911</p>`);
    expect(found?.registerCourt).toBeUndefined();
  });
});

describe("the old Swiss register number", () => {
  it.each([
    ["Handelsregister-Nr.: CH-170-3050334-9", "CH-170-3050334-9"],
    ["Firmennummer CH-320-1012345-6", "CH-320-1012345-6"],
  ])("%s → %s", (line, number) => {
    expect(registerNumber(line)).toBe(number);
  });

  it("keeps the UID over the old number in a notice that gives both", () => {
    const found = noticeOf(`<p>Lindgrau Systems AG</p><p>Handelsregister-Nr.: CH-170-3050334-9<br>
      UID: CHE-312.884.605</p>`);
    expect(found?.registerNumber).toBe("CHE-312.884.605");
  });
});

describe("two directors sharing a surname written once", () => {
  it("gives the surname to both given names", () => {
    const found = noticeOf(`<p>Lindgrau Systems GmbH<br>Seeweg 4<br>83209 Prien</p>
      <h2>Vertreten durch</h2><p>Geschäftsführung: Marta und Jonas Feldkamp</p><p>HRB 48213</p>`);
    expect(found?.managingDirectors).toEqual(["Marta Feldkamp", "Jonas Feldkamp"]);
  });

  it("keeps two full names joined by 'und' as they are", () => {
    const found = noticeOf(`<p>Lindgrau Systems GmbH</p><p>Geschäftsführer: Marta Feldkamp und Jonas Brink</p>`);
    expect(found?.managingDirectors).toEqual(["Marta Feldkamp", "Jonas Brink"]);
  });
});

describe("a board list written surname first", () => {
  it("turns entries without the comma like the others of the list", () => {
    const found = noticeOf(`<p>Lindgrau Treuhand AG</p><h2>Vertretungsberechtigte Personen</h2>
      <p>Feldkamp, Marta, Präsidentin des Verwaltungsrates<br>Brink, Dr. Jonas, Vorsitzender der Geschäftsleitung<br>
      Hartkamp Stefan, Mitglied der Geschäftsleitung</p>`);
    expect(found?.managingDirectors).toEqual(["Marta Feldkamp", "Dr. Jonas Brink", "Stefan Hartkamp"]);
  });

  it("keeps a list written given name first as it is", () => {
    const found = noticeOf(`<p>Lindgrau Treuhand AG</p><h2>Vertretungsberechtigte Personen</h2>
      <p>Marta Feldkamp, Präsidentin<br>Hartkamp Stefan, Mitglied der Geschäftsleitung</p>`);
    expect(found?.managingDirectors).toEqual(["Marta Feldkamp", "Hartkamp Stefan"]);
  });
});
