import { describe, expect, it } from "vitest";
import { extractImpressum } from "../../../lib/research/impressum";
import { registerNumber } from "../../../lib/research/legal";
import { parseHtml } from "./fixtures";

const impressumOf = (body: string) =>
  extractImpressum(
    parseHtml(
      `<!doctype html><html lang="de"><head><title>Impressum</title></head><body>${body}</body></html>`,
      "https://www.kranich-robotik.example/impressum",
    ),
  );

describe("register numbers grouped in pairs", () => {
  it("reads the whole number when its digits are grouped in twos", () => {
    expect(registerNumber("HRB 10 29 30")).toBe("HRB 102930");
    expect(registerNumber("Handelsregister: HRA 4 51 17 88")).toBe("HRA 4511788");
  });

  it("still reads digits grouped in threes and an ungrouped number before other digits", () => {
    expect(registerNumber("HRB 234 567")).toBe("HRB 234567");
    expect(registerNumber("HRB 12345 10 Mitarbeiter")).toBe("HRB 12345");
  });

  it("gives the whole number of an AG's notice that puts each detail under a bold label", () => {
    const found = impressumOf(`<h1>Impressum</h1>
      <p>Kranich Robotik AG<br>Hafenstraße 5<br>20457 Hamburg<br>Tel +49 (0) 40-1 23 45 67</p>
      <p><span class="bold">Handelsregister</span><br>HRB 10 29 30<br>Amtsgericht Hamburg</p>
      <p><span class="bold">USt-ID</span><br>DE 123 456 789</p>
      <p><span class="bold">Vorstand</span><br>Lena Hoffmann (Vorsitzende)<br>Jonas Weber</p>`);
    expect(found?.registerNumber).toBe("HRB 102930");
    expect(found?.vatId).toBe("DE123456789");
    expect(found?.managingDirectors).toEqual(["Lena Hoffmann", "Jonas Weber"]);
  });
});

describe("a general partner under a shortened label", () => {
  it("keeps the directors the general partner's block names after 'Pers. haftende Gesellschafterin'", () => {
    const found = impressumOf(`<h1>Impressum</h1>
      <p>Kranich Robotik GmbH &amp; Co. KG<br>Hafenstraße 5<br>20457 Hamburg</p>
      <p>Amtsgericht Hamburg HRA 12345<br>USt-ID: DE123456789</p>
      <p>Pers. haftende Gesellschafterin</p>
      <p>Nordwind Verwaltungs GmbH<br>Amtsgericht Hamburg HRB 67890<br>Geschäftsführer: Lena Hoffmann</p>`);
    expect(found?.legalName).toBe("Kranich Robotik GmbH & Co. KG");
    expect(found?.registerNumber).toBe("HRA 12345");
    expect(found?.managingDirectors).toEqual(["Lena Hoffmann"]);
  });
});

describe("a phone number under its label", () => {
  it("reads the number a definition list gives under the label, not the fax number", () => {
    const found = impressumOf(`<div class="text-3xl">Impressum</div>
      <dl><dt><strong>Firmenname</strong></dt><dd>Kranich Robotik AG</dd>
      <dt><strong>Telefax</strong></dt><dd>+49 (0)40 111 222 333</dd>
      <dt><strong>Telefon</strong></dt><dd><a href="tel:+49401234567"><p>+49 (0) 40 1234567</p></a></dd>
      <dt><strong>Vorstand</strong></dt><dd>Lena Hoffmann</dd>
      <dt><strong>Registernummer</strong></dt><dd>HRB 150001</dd></dl>`);
    expect(found?.phone).toBe("+49 (0) 40 1234567");
    expect(found?.managingDirectors).toEqual(["Lena Hoffmann"]);
  });
});
