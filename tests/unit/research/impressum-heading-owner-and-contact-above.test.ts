import { describe, expect, it } from "vitest";
import { extractImpressum } from "../../../lib/research/impressum";
import { parseHtml } from "./fixtures";

const impressumOf = (body: string, path = "impressum") =>
  extractImpressum(
    parseHtml(
      `<!doctype html><html lang="de"><head><title>Impressum</title></head><body>${body}</body></html>`,
      `https://www.ferienhaus-kranich.example/${path}`,
    ),
  );

describe("a sole trader named right under the notice's heading", () => {
  it("takes the name above the address as the owner, not the web designer named later", () => {
    const found = impressumOf(`<main><h1>Impressum</h1>
      <p>Lena Hoffmann<br>Seeweg 3<br>96049 Bamberg</p>
      <p><strong>Tel:</strong> 0951-12345</p>
      <h2>Webdesign &amp; Programmierung:</h2>
      <p>Pixelwerk Internet-Dienstleistungen<br>Jonas Weber<br>www.pixelwerk.example</p></main>`);
    expect(found?.managingDirectors).toEqual(["Lena Hoffmann"]);
  });

  it("takes the owner under a brand line, and nothing when only a brand stands there", () => {
    const owner = impressumOf(`<main><h1>Impressum</h1>
      <p>Malerbetrieb Kranz<br>Lena Kranz<br>Seeweg 3<br>96049 Bamberg</p></main>`);
    expect(owner?.managingDirectors).toEqual(["Lena Kranz"]);
    const brand = impressumOf(`<main><h1>Impressum</h1>
      <p>Holzwerkstatt Lindner<br>Seeweg 3<br>96049 Bamberg</p><p>E-Mail: info@holz.example</p></main>`);
    expect(brand?.managingDirectors).toEqual([]);
  });

  it("leaves a company's notice to its directors' label", () => {
    const found = impressumOf(`<main><h1>Impressum</h1>
      <p>Kranich Robotik GmbH<br>Seeweg 3<br>96049 Bamberg</p><p>Geschäftsführer: Jonas Weber</p>
      <p>HRB 12345, Amtsgericht Bamberg</p></main>`);
    expect(found?.managingDirectors).toEqual(["Jonas Weber"]);
  });
});

describe("a contact page with the legal details under an Impressum heading below the address", () => {
  it("reads the address and phone given above the heading", () => {
    const found = impressumOf(
      `<main><h1>Kontakt</h1>
      <address><p>Kranich Bau AG<br>Bauleitung und Architektur</p>
      <p>Seestrasse 36<br>8004 Zürich<br>T 044 123 45 67<br><a href="mailto:info@kranich-bau.example">info@kranich-bau.example</a></p></address>
      <h3>Gestaltung</h3><p><a href="https://studio.example">studio.example, Winterthur</a></p>
      <h3>Impressum</h3>
      <p>Verwaltungsrat:<br>Lena Hoffmann, Präsidentin<br>Jonas Weber</p>
      <p>UID:<br>CHE-123.456.789</p><p>MWST-Nummer:<br>CHE-123.456.789 MWST</p></main>`,
      "kontakt",
    );
    expect(found?.legalName).toBe("Kranich Bau AG");
    expect(found?.address).toBe("Seestrasse 36, 8004 Zürich");
    expect(found?.phone).toBe("044 123 45 67");
    expect(found?.registerNumber).toBe("CHE-123.456.789");
  });
});
