import { describe, expect, it } from "vitest";
import { extractImpressum, looksLikeImpressum } from "../../../lib/research/impressum";
import { directors } from "../../../lib/research/impressum-people";
import { legalEntity, registerCourt } from "../../../lib/research/legal";
import { parseHtml } from "./fixtures";

const noticeOf = (body: string, url = "https://www.kranz-praxis.example/impressum") =>
  extractImpressum(parseHtml(`<html><body><main><h1>Impressum</h1>${body}</main></body></html>`, url), url);

describe("Austrian and Swiss register courts written as a label and a town", () => {
  it.each([
    ["Firmenbuchgericht: Wien", "Handelsgericht Wien"],
    ["Firmenbuchgericht: Graz", "Landesgericht für ZRS Graz"],
    ["Firmenbuchnummer: 123456 a, Firmenbuchgericht: St. Pölten", "Landesgericht St. Pölten"],
    ["Firmenbuch-Gericht: Innsbruck", "Landesgericht Innsbruck"],
    ["FN 123456 a, HG Wien", "Handelsgericht Wien"],
    ["Firmenbuchgericht: LG Linz", "Landesgericht Linz"],
    ["Firmenbuchgericht: Landesgericht für ZRS Graz", "Landesgericht für ZRS Graz"],
    ["Handelsregister: Kanton Zürich", "Handelsregister des Kantons Zürich"],
    ["Handelsregistereintrag: Kanton Luzern", "Handelsregister des Kantons Luzern"],
    ["Handelsregisteramt Kanton Basel-Stadt", "Handelsregisteramt des Kantons Basel-Stadt"],
    ["Firmenbuchgericht: HANDELSGERICHT WIEN", "Handelsgericht Wien"],
    ["LANDESGERICHT WIENER NEUSTADT, FN 123456 a", "Landesgericht Wiener Neustadt"],
    ["AMTSGERICHT KIEL HRB 1234", "Amtsgericht Kiel"],
  ])("%s → %s", (line, court) => {
    expect(registerCourt(line)).toBe(court);
  });

  it("keeps a German register court's town as written after a colon", () => {
    expect(registerCourt("Registergericht: Kiel")).toBe("Kiel");
    expect(registerCourt("Handelsregister: CHE-123.456.789")).toBeUndefined();
  });

  it("reads the town under a court label of its own", () => {
    const found = noticeOf(
      `<p>Kranz Bootsbau GmbH<br>Seeweg 3, 4020 Linz</p><dl><dt>Firmenbuchnummer</dt><dd>FN 123456 a</dd>
      <dt>Firmenbuchgericht</dt><dd>Wien</dd><dt>UID</dt><dd>ATU12345678</dd></dl>`,
      "https://www.kranz-bootsbau.example/impressum",
    );
    expect(found?.registerNumber).toBe("FN 123456 a");
    expect(found?.registerCourt).toBe("Handelsgericht Wien");
  });
});

describe("the provider of a notice without a company", () => {
  it("reads the person after the provider's label", () => {
    const found = noticeOf(
      `<p>Angaben gemäß § 5 DDG</p><p>Praxis am Seeweg – Zentrum für Physiotherapie</p><p>Diensteanbieter:</p>
      <address>Dr. Lena Kranz<br>Seeweg 3<br>24103 Kiel</address><p>USt-IdNr.: DE123456789</p>`,
    );
    expect(found?.managingDirectors).toEqual(["Dr. Lena Kranz"]);
    expect(found?.legalName).toBeUndefined();
    expect(found?.legalForm).toBeUndefined();
  });

  it.each([
    ["<p>Anbieter: Jonas Weber, Hafenstraße 5, 24103 Kiel</p>"],
    ["<p>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV:<br>Jonas Weber<br>Hafenstraße 5<br>24103 Kiel</p>"],
    ["<h2>Angaben gemäß § 5 TMG</h2><p>Malerbetrieb Weber<br>Jonas Weber<br>Hafenstraße 5<br>24103 Kiel</p>"],
  ])("reads the owner from %s", (body) => {
    expect(noticeOf(`${body}<p>Telefon: 0431 123456</p>`)?.managingDirectors).toEqual(["Jonas Weber"]);
  });

  it("reads no service's provider from the privacy text after the notice", () => {
    const found = noticeOf(
      `<p>Holzwerkstatt Lindner<br>Hafenstraße 5<br>24103 Kiel</p><h2>Datenschutzerklärung</h2>
      <p>Wir nutzen einen Kartendienst.</p><p>Anbieter: Wolkenblick Analytics</p>`,
    );
    expect(found?.managingDirectors).toEqual([]);
  });

  it("names no brand or company as the owner", () => {
    expect(
      noticeOf("<p>Anbieter: Holzwerkstatt Lindner<br>Hafenstraße 5<br>24103 Kiel</p>")?.managingDirectors,
    ).toEqual([]);
    const company = noticeOf(
      `<p>Kranich Medien GmbH<br>Hafenstraße 5, 24103 Kiel</p><p>Verantwortlich für den Inhalt: Tom Berg</p>
      <p>Registergericht: Amtsgericht Kiel, HRB 1234</p>`,
    );
    expect(company?.legalName).toBe("Kranich Medien GmbH");
    expect(company?.managingDirectors).toEqual([]);
  });
});

describe("owners under Austrian and practice labels", () => {
  it.each([
    [
      "<p><strong>Webseitenbetreiber:</strong> Mag. Lena Kranz-Berger</p><p>Anschrift: Seeweg 3, 4020 Linz</p>",
      "Lena Kranz-Berger",
    ],
    ["<h2>Angaben zum Anbieter</h2><p><strong>Jonas Weber</strong><br>Seeweg 3<br>5020 Salzburg</p>", "Jonas Weber"],
    ["<p>Medieninhaber: Jonas Weber, Anschrift wie oben. Die Website informiert über die Praxis.</p>", "Jonas Weber"],
    ["<h5>Angaben Gemäss § 5 TMG:</h5><p>Praxis Dr. Lena Kranz<br>Seeweg 3<br>24103 Kiel</p>", "Lena Kranz"],
    [
      "<p>Verantwortlich für Inhalt und Gestaltung der Website:</p><ul><li>Lena Kranz</li><li>Seeweg 3, 24103 Kiel</li></ul>",
      "Lena Kranz",
    ],
  ])("%s", (body, owner) => {
    const names = noticeOf(`${body}<p>UID-Nr: ATU12345678</p>`)?.managingDirectors ?? [];
    expect(names).toHaveLength(1);
    expect(names[0]).toContain(owner);
  });
});

describe("names of notices written in capitals or small letters", () => {
  it("reads a legal form in capitals and the Austrian flexible company", () => {
    expect(legalEntity("KRANICH BOOTSBAU GMBH")?.name).toBe("KRANICH BOOTSBAU GMBH");
    expect(legalEntity("Kranich Energie FlexCo")).toEqual({ name: "Kranich Energie FlexCo", form: "FlexCo" });
    expect(legalEntity("© 2026 KRANICH. All rights reserved. KRANICH GMBH.")?.name).toBe("KRANICH GMBH");
  });

  it("reads a labelled name in small letters", () => {
    const found = noticeOf(
      "<p>Firma: kranich partner ag<br>Adresse: Seeweg 3, 6300 Zug</p><p>UID: CHE-123.456.789</p>",
      "https://www.kranich-partner.example/impressum",
    );
    expect(found?.legalName).toBe("kranich partner ag");
    expect(found?.legalForm).toBe("AG");
  });

  it("reads a register's names written surname first with the role after them", () => {
    expect(
      directors([
        "Vertretungsberechtigte Personen",
        "Berg, Tom, Präsident des Verwaltungsrates",
        "Kranz, Dr. Lena, Vorsitzende der Geschäftsleitung",
      ]),
    ).toEqual(["Tom Berg", "Dr. Lena Kranz"]);
  });

  it("reads a page titled Legal Info as the notice", () => {
    const url = "https://www.kranich.example/legal-info";
    const doc = parseHtml(
      `<html><head><title>Legal Info - Kranich</title></head><body><h1>legal Info</h1>
      <p>Kranich Beratung GmbH<br>Seeweg 3<br>1050 Wien</p><p>Firmenbuchnummer: 123456k<br>Firmenbuchgericht: Wien</p>
      </body></html>`,
      url,
    );
    expect(looksLikeImpressum(doc)).toBe(true);
    const found = extractImpressum(doc, url);
    expect(found?.registerNumber).toBe("FN 123456 k");
    expect(found?.registerCourt).toBe("Handelsgericht Wien");
    const footer = parseHtml(
      `<html><head><title>Kranich</title></head><body><h1>Beratung</h1><footer><h3>Legal Info</h3></footer></body></html>`,
      url,
    );
    expect(looksLikeImpressum(footer)).toBe(false);
  });
});

describe("Swiss sole traders and their register numbers", () => {
  it("reads the responsible person and leaves the host's company out", () => {
    const found = noticeOf(
      `<h2>Verantwortliche Person</h2><p>Lena Kranz</p><p>Seeweg 3</p><p>3008 Bern</p>
      <h2>Handelsregistereintrag</h2><p>Handelsregister-Nr.: CH-036.1.051.760-7</p><p>Rechtsform: Einzelfirma</p>
      <h2>Hosting</h2><p>Diese Website wird betrieben von Wolkenhaus Inc., 1 Harbor Street, Boston, USA.</p>`,
      "https://www.lenakranz.example/impressum",
    );
    expect(found?.managingDirectors).toEqual(["Lena Kranz"]);
    expect(found?.legalName).toBeUndefined();
    expect(found?.registerNumber).toBe("CH-036.1.051.760-7");
  });

  it("takes the company's UID over the register's old number", () => {
    const found = noticeOf(
      `<p>Kranich Holz GmbH<br>Seeweg 3<br>4562 Biberist</p><h5>Vertretungsberechtigt</h5>
      <p>Tom Berg, Geschäftsführer (Einzelunterschrift)</p>
      <p>Handelsregister-Nr.: CH-241.4.020.905-9<br>UID/IDE: CHE-228.719.493</p>`,
      "https://www.kranich-holz.example/impressum",
    );
    expect(found?.registerNumber).toBe("CHE-228.719.493");
    expect(found?.managingDirectors).toEqual(["Tom Berg"]);
  });
});
