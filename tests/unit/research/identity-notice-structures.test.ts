import { describe, expect, it } from "vitest";
import { findAddresses } from "../../../lib/research/contact";
import { extractImpressum, footerImpressum } from "../../../lib/research/impressum";
import { findVatId, registerCourt, registerNumber, vatId } from "../../../lib/research/legal";
import { parseHtml } from "./fixtures";

const docOf = (body: string, url = "https://www.example-firma.example/impressum", title = "Impressum") =>
  parseHtml(`<!doctype html><html lang="de"><head><title>${title}</title></head><body>${body}</body></html>`, url);

describe("VAT ids written another way", () => {
  it("reads a German number grouped in pairs under a VAT heading", () => {
    expect(findVatId(["Umsatzsteueridentifikationsnummer", "DE 12 34 56 789"])).toBe("DE123456789");
  });

  it("reads it after a VAT label on its own line", () => {
    expect(vatId("USt-IdNr.: DE 12 34 56 789")).toBe("DE123456789");
  });

  it("leaves such a grouping alone without a VAT label", () => {
    expect(vatId("DE 12 34 56 789")).toBeUndefined();
    expect(findVatId(["Industriestraße 4", "DE 12 34 56 789"])).toBeUndefined();
  });

  it("reads an IBAN as no VAT id, even under a VAT heading", () => {
    expect(findVatId(["Umsatzsteuer-ID", "DE89 3704 0044 0532 0130 00"])).toBeUndefined();
  });
});

describe("the company of a notice", () => {
  it("is the registered sole trader written in capitals (E.U.)", () => {
    const found = extractImpressum(
      docOf(`<h1>Impressum</h1><p><strong>Kranich Werkstatt E.U.</strong><br>Inhaber: Lorenz Falk<br>Seeweg 3<br>
        4020 Linz</p><p>UID-Nummer: ATU12345678</p>`),
    );
    expect(found?.legalName).toBe("Kranich Werkstatt E.U.");
    expect(found?.managingDirectors).toEqual(["Lorenz Falk"]);
  });

  it("is not the general partner of a GmbH & Co. KG", () => {
    const found = extractImpressum(
      docOf(`<h1>Impressum</h1><p>Registergericht: Amtsgericht Kiel<br>HRA 1234<br>
        Komplementärin: Nordlicht Verwaltungs GmbH<br>Geschäftsführer: Jana Petersen</p>
        <p>Die AGB der Nordlicht Software GmbH &amp; Co. KG finden Sie hier.</p>`),
    );
    expect(found?.legalName).not.toBe("Nordlicht Verwaltungs GmbH");
  });

  it("is the site's own company where a design credit names it", () => {
    const found = extractImpressum(
      docOf(
        `<h1>Impressum</h1><h2>Inhalt und Gestaltung:</h2><p>Nordlicht Software GmbH &amp; Co. KG<br>Hafenweg 2<br>
        24103 Kiel</p><p>Komplementärin: Nordlicht Verwaltungs GmbH<br>Handelsregister: HRA 1234</p>`,
      ),
      "https://www.nordlicht-software.example/impressum",
    );
    expect(found?.legalName).toBe("Nordlicht Software GmbH & Co. KG");
  });

  it("is never the agency a design credit names", () => {
    const found = extractImpressum(
      docOf(`<h1>Impressum</h1><p>Gestaltung: Studio Kranich GmbH</p><p>Nordlicht Software AG, Hafenweg 2</p>
        <p>HRB 1234</p>`),
    );
    expect(found?.legalName).toBe("Nordlicht Software AG");
  });
});

describe("an Impressum in a dialog of the home page", () => {
  const home = (dialog: string) =>
    docOf(
      `<main><h1>Willkommen</h1><p>Ferienwohnungen am See.</p>${dialog}</main><footer><a>Impressum</a></footer>`,
      "https://www.example-pension.example/",
      "Pension am See",
    );

  it("is read when the dialog is titled Impressum", () => {
    const found = footerImpressum(
      home(`<div role="dialog"><header>Impressum</header><div><p>Medieninhaber:</p>
        <p>Seeblick Beherbergungs GmbH Haus Alpenrose Seeweg 10, 6020 Innsbruck Telefon: +43 512 123456</p>
        <p>Firmenbuchnummer: FN 123456a Firmenbuchgericht: Landesgericht Innsbruck UID-Nummer: ATU12345678</p></div></div>`),
    );
    expect(found?.legalName).toBe("Seeblick Beherbergungs GmbH");
    expect(found?.registerNumber).toBe("FN 123456 a");
    expect(found?.registerCourt).toBe("Landesgericht Innsbruck");
    expect(found?.vatId).toBe("ATU12345678");
    expect(found?.address).toBe("Seeweg 10, 6020 Innsbruck");
  });

  it("is not read from another dialog", () => {
    const found = footerImpressum(
      home(`<div class="modal"><h5 class="modal-title">Newsletter</h5><p>UID: ATU12345678</p></div>`),
    );
    expect(found).toBeUndefined();
  });
});

describe("labels that follow a place", () => {
  it("end the court's name", () => {
    expect(registerCourt("Firmenbuchgericht: Handelsgericht Wien UID-Nummer: ATU12345678")).toBe("Handelsgericht Wien");
  });

  it("end the city of an address on one line", () => {
    expect(findAddresses(["Hafenweg 2, 24103 Kiel Telefon: 0431 123456"])).toEqual(["Hafenweg 2, 24103 Kiel"]);
  });

  it("keep a two-word city", () => {
    expect(findAddresses(["Hafenweg 2, 61348 Bad Homburg"])).toEqual(["Hafenweg 2, 61348 Bad Homburg"]);
  });

  it("read a street line that ends in a comma, and a country after a middle dot", () => {
    expect(findAddresses(["Hafenweg 112,", "60388 Frankfurt am Main"])).toEqual([
      "Hafenweg 112, 60388 Frankfurt am Main",
    ]);
    expect(findAddresses(["Dorfstrasse 4", "3073 Gümligen · Schweiz"])).toEqual([
      "Dorfstrasse 4, 3073 Gümligen, Schweiz",
    ]);
  });
});

describe("a register number written without its kind", () => {
  it.each([
    ["Nordlicht Software GmbH", "HRB 13928"],
    ["Nordlicht Software UG (haftungsbeschränkt)", "HRB 13928"],
    ["Nordlicht Software GmbH & Co. KG", "HRA 13928"],
    ["Nordlicht Handel e.K.", "HRA 13928"],
  ])("takes the kind of %s", (company, number) => {
    const found = extractImpressum(
      docOf(`<h1>Impressum</h1><p>${company}</p><p>Hafenweg 2</p><p>24103 Kiel</p>
        <p>Registergericht: Kiel</p><p>Registernummer: 13928</p>`),
    );
    expect(found?.registerNumber).toBe(number);
    expect(found?.registerCourt).toBe("Kiel");
  });

  it("stays bare where the legal form tells no kind", () => {
    expect(registerNumber("Registernummer: 13928")).toBe("13928");
  });

  it.each(["Steuer-Registernummer: 123/456/78901", "Registernummer: 12345678901", "Registernummer: 1392 Seiten"])(
    "reads none from %s",
    (line) => {
      expect(registerNumber(line)).toBeUndefined();
    },
  );
});

describe("names with a degree after them", () => {
  it("lose the degree", () => {
    const found = extractImpressum(
      docOf(`<h1>Impressum</h1><p>Nordlicht Software GmbH</p><p><strong>Geschäftsführer:</strong></p>
        <p>Jana Petersen</p><p>Ole Brandt B.Sc. (Informatik)</p><p>Lea Brunner MBA</p><p>HRB 1234</p>`),
    );
    expect(found?.managingDirectors).toEqual(["Jana Petersen", "Ole Brandt", "Lea Brunner"]);
  });
});

describe("the capital E.U.", () => {
  it("is the union after a small word", () => {
    const found = extractImpressum(
      docOf(`<h1>Impressum</h1><p>Our servers are located in the E.U.</p><p>UID-Nummer: ATU12345678</p>`),
    );
    expect(found?.legalName).toBeUndefined();
  });
});

describe("people named in a credit", () => {
  it("are not the company's managing directors", () => {
    const found = extractImpressum(
      docOf(`<h1>Impressum</h1><p>Nordlicht Software GmbH</p><p>Geschäftsführer: Jana Petersen</p>
        <p>Webdesign: Studio Kranich, Inhaber Max Kranich</p><p>HRB 1234</p>`),
    );
    expect(found?.managingDirectors).toEqual(["Jana Petersen"]);
  });

  it("leave a director after another label on the line alone", () => {
    const found = extractImpressum(
      docOf(`<h1>Impressum</h1><p>Nordlicht Software GmbH</p><p>Sitz: Kiel, Geschäftsführer: Jana Petersen</p>
        <p>Prokurist: Ole Brandt</p><p>HRB 1234</p>`),
    );
    expect(found?.managingDirectors).toEqual(["Jana Petersen"]);
  });
});
