import { describe, expect, it } from "vitest";
import { extractImpressum } from "../../../lib/research/impressum";
import { parseHtml } from "./fixtures";

const docOf = (body: string, url: string) =>
  parseHtml(`<!doctype html><html lang="de"><head><title>Impressum</title></head><body>${body}</body></html>`, url);

const owner = `<h1>Impressum</h1><p>Nordlicht Software GmbH<br>Hafenweg 2<br>24103 Kiel</p>
  <p>Geschäftsführer: Jana Petersen</p><p>Registergericht: Amtsgericht Kiel, HRB 1234</p>
  <p>USt-IdNr.: DE123456789</p>`;

describe("a notice naming several companies", () => {
  it("keeps the web agency's director, register and VAT id out", () => {
    const found = extractImpressum(
      docOf(
        `${owner}<h2>Konzeption und Umsetzung</h2><p>Studio Kranich GmbH<br>Elbweg 9<br>20095 Hamburg<br>
        Geschäftsführer: Max Kranich<br>Amtsgericht Hamburg HRB 9876<br>USt-IdNr. DE987654321</p>`,
        "https://www.nordlicht-software.example/impressum",
      ),
      "https://www.nordlicht-software.example/impressum",
    );
    expect(found?.legalName).toBe("Nordlicht Software GmbH");
    expect(found?.managingDirectors).toEqual(["Jana Petersen"]);
    expect(found?.registerNumber).toBe("HRB 1234");
    expect(found?.vatId).toBe("DE123456789");
  });

  it("keeps an agency named in a credit line out", () => {
    const found = extractImpressum(
      docOf(
        `${owner.replace("<p>USt-IdNr.: DE123456789</p>", "")}<p>Webdesign: Studio Kranich GmbH, Hamburg</p>
        <p>Geschäftsführer: Max Kranich</p><p>USt-IdNr. DE987654321</p>`,
        "https://www.nordlicht-software.example/impressum",
      ),
      "https://www.nordlicht-software.example/impressum",
    );
    expect(found?.managingDirectors).toEqual(["Jana Petersen"]);
    expect(found?.vatId).toBeUndefined();
  });

  it("reads the sister company the site's address names", () => {
    const url = "https://www.polarstern-consulting.example/impressum";
    const found = extractImpressum(
      docOf(
        `${owner}<p>Polarstern Consulting GmbH<br>Seeweg 5<br>24103 Kiel</p><p>Geschäftsführer: Tom Berg</p>
        <p>Registergericht: Amtsgericht Kiel, HRB 5678</p><p>USt-IdNr.: DE111222333</p>`,
        url,
      ),
      url,
    );
    expect(found?.legalName).toBe("Polarstern Consulting GmbH");
    expect(found?.managingDirectors).toEqual(["Tom Berg"]);
    expect(found?.registerNumber).toBe("HRB 5678");
    expect(found?.vatId).toBe("DE111222333");
  });

  it("keeps the directors of a general partner, which represent the partnership", () => {
    const url = "https://www.nordlicht-logistik.example/impressum";
    const found = extractImpressum(
      docOf(
        `<h1>Impressum</h1><p>Nordlicht Logistik GmbH &amp; Co. KG<br>Hafenweg 2<br>24103 Kiel</p>
        <p>Amtsgericht Kiel HRA 4321</p><p>Persönlich haftende Gesellschafterin:</p><p>Polar Verwaltungs GmbH</p>
        <p>Amtsgericht Kiel HRB 8765</p><p>Geschäftsführer: Jana Petersen</p>`,
        url,
      ),
      url,
    );
    expect(found?.managingDirectors).toEqual(["Jana Petersen"]);
    expect(found?.registerNumber).toBe("HRA 4321");
  });

  it("reads a notice as one when the owner's part has no detail of its own", () => {
    const url = "https://www.nordlicht-software.example/impressum";
    const found = extractImpressum(
      docOf(
        `<h1>Impressum</h1><p>Nordlicht Software GmbH<br>Hafenweg 2<br>24103 Kiel</p>
        <p>Realisierung: Studio Kranich GmbH</p><p>Geschäftsführer: Jana Petersen</p><p>HRB 1234</p>`,
        url,
      ),
      url,
    );
    expect(found?.managingDirectors).toEqual(["Jana Petersen"]);
    expect(found?.registerNumber).toBe("HRB 1234");
  });
});
