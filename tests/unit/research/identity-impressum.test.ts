import { describe, expect, it } from "vitest";
import { extractImpressum } from "../../../lib/research/impressum";
import { legalEntity, registerNumber } from "../../../lib/research/legal";
import { parseHtml } from "./fixtures";

const impressumOf = (body: string, url = "https://www.example-firma.example/impressum") =>
  extractImpressum(
    parseHtml(`<!doctype html><html lang="de"><head><title>Impressum</title></head><body>${body}</body></html>`, url),
  );

describe("legal names as real notices write them", () => {
  it.each([
    ["©2021 4walls AG", "4walls AG"],
    ["12grad digital GmbH", "12grad digital GmbH"],
    ["© 2019–2024 Nordlicht Analytics GmbH", "Nordlicht Analytics GmbH"],
    ["Ein Angebot der Lindgrün Medien GmbH", "Lindgrün Medien GmbH"],
    ["kartenwerk ist eine eingetragene Marke der Nordpol Verlag GmbH", "Nordpol Verlag GmbH"],
    ["A service by Ferncliff Robotics Ltd", "Ferncliff Robotics Ltd"],
    ["Bank of Examplia Corp.", "Bank of Examplia Corp."],
    ["64bit Studio UG (haftungsbeschraenkt)", "64bit Studio UG (haftungsbeschraenkt)"],
    [
      "Firmenname: Kranwerk Unternehmergesellschaft (haftungsbeschränkt)",
      "Kranwerk Unternehmergesellschaft (haftungsbeschränkt)",
    ],
    ["Moser Holzbau e.U.", "Moser Holzbau e.U."],
    ["Brenner & Lutz GbR", "Brenner & Lutz GbR"],
    ["Talblick Wohnungsbaugesellschaft mbH", "Talblick Wohnungsbaugesellschaft mbH"],
    ["Vltava Data s.r.o.", "Vltava Data s.r.o."],
  ])("%s → %s", (line, name) => {
    expect(legalEntity(line)?.name).toBe(name);
  });
});

describe("Swiss company numbers as written", () => {
  it.each([
    ["Firmennummer: CHE123.456.789", "CHE-123.456.789"],
    ["Registration number: CHE-123.456.789", "CHE-123.456.789"],
    ["Company number: CHE 123.456.789", "CHE-123.456.789"],
  ])("%s → %s", (line, number) => {
    expect(registerNumber(line)).toBe(number);
  });
});

describe("Impressum structures", () => {
  it("reads a representative with a Swiss board role after the name", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Bergquell AG<br>Seestrasse 4<br>CH-8800 Thalwil</p>
      <h3>Vertreten durch</h3><p>Anna Keller, Mitglied des Verwaltungsrates</p>
      <p>Unternehmens-Identifikationsnummer (UID): CHE-111.222.333</p>`);
    expect(found?.managingDirectors).toEqual(["Anna Keller"]);
    expect(found?.legalName).toBe("Bergquell AG");
  });

  it("reads directors written without umlauts and keeps the role out of the name", () => {
    const found = impressumOf(`<h1>Impressum</h1><h3>Angaben gemäß § 5 TMG</h3>Feldweg Labs UG (haftungsbeschraenkt)
      <h3>Vertreten durch</h3>Geschaeftsfuehrer Dr. Lukas Brenner<h3>Eingetragen am</h3>HRB123456`);
    expect(found?.managingDirectors).toEqual(["Dr. Lukas Brenner"]);
    expect(found?.legalName).toBe("Feldweg Labs UG (haftungsbeschraenkt)");
    expect(found?.registerNumber).toBe("HRB 123456");
  });

  it("reads the directors of a general partner named before them", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Hafenkontor Lindner GmbH &amp; Co. KG</p>
      <p>Persönlich haftende Gesellschafterin: Hafenkontor Verwaltungs GmbH, vertreten durch deren Geschäftsführer Jonas Weber und Eva Maier</p>`);
    expect(found?.managingDirectors).toEqual(["Jonas Weber", "Eva Maier"]);
  });

  it("takes neither the insurer nor the bank for the company", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Angaben gemäß § 5 ECG</p><p>Inhaber: Lukas Moser</p>
      <p>Bankverbindung: Alpenbank AG</p><p>Berufshaftpflichtversicherung: Alpina Versicherung AG</p>
      <p>UID-Nummer: ATU12345678</p>`);
    expect(found?.legalName).toBeUndefined();
    expect(found?.managingDirectors).toEqual(["Lukas Moser"]);
  });

  it("takes the web host named after a colon for no company", () => {
    const found =
      impressumOf(`<h1>Legal Notice</h1><h2>Website publisher</h2><p><strong>Lea Brunner</strong><br>Lyon, France</p>
      <h2>Hosting provider</h2><p>This website is hosted by <strong>Pagehost</strong>, a service of:</p>
      <p><strong>Pagehost, Inc.</strong> (a subsidiary of Examplesoft Corporation)<br>1 Harbor Way<br>San Francisco, CA 94107</p>`);
    expect(found?.legalName).toBeUndefined();
  });

  it("prefers the labelled company name to a trade name with a legal form", () => {
    const found = impressumOf(`<h1>Impressum</h1><p><strong>Moser Holz – Tischlerei und Innenausbau e.U.</strong></p>
      <p><strong>Firmenname:</strong> Lukas Moser e.U.<br><strong>Inhaber:</strong> Lukas Moser</p>`);
    expect(found?.legalName).toBe("Lukas Moser e.U.");
  });

  it("joins a register number the page's source wraps after its prefix", () => {
    const found =
      impressumOf(`<h1>Impressum</h1><p>Kaiwerk GmbH <br>Geschäftsführung: Jana Petersen<br>Handelsregister Amtsgericht Kiel HRB
        12345<br>USt-Nr. 12 3456 7890</p>`);
    expect(found?.registerNumber).toBe("HRB 12345");
    expect(found?.registerCourt).toBe("Amtsgericht Kiel");
    // A tax number is not a VAT id.
    expect(found?.vatId).toBeUndefined();
  });
});

describe("addresses written after the company on one line", () => {
  it("keeps the company out of the street", () => {
    const found =
      impressumOf(`<h1>Impressum</h1><p style="white-space:pre-line">Kranwerk UG (haftungsbeschränkt) Hafenweg 2
24103 Kiel
Deutschland</p>`);
    expect(found?.address).toBe("Hafenweg 2, 24103 Kiel, Deutschland");
    expect(found?.legalName).toBe("Kranwerk UG (haftungsbeschränkt)");
  });
});
