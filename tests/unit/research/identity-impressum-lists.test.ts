import { describe, expect, it } from "vitest";
import { extractImpressum } from "../../../lib/research/impressum";
import { registerNumber } from "../../../lib/research/legal";
import { parseHtml } from "./fixtures";

const impressumOf = (body: string) =>
  extractImpressum(
    parseHtml(
      `<!doctype html><html lang="en"><head><title>Imprint</title></head><body>${body}</body></html>`,
      "https://www.example-firma.example/imprint",
    ),
  );

describe("director lists as real notices lay them out", () => {
  it("a board list the page's source wraps inside a name", () => {
    const found =
      impressumOf(`<h1>Corporate information</h1><p>Kestrel Werke GmbH<br>Werkstraße 1<br>70839 Gerlingen</p>
      <h3>Members of the Board of Management</h3>
      <p>Dr. Eva Maier, Dr. Tom Berg, Lea Brunner, Dr. Jonas
      Weber, Anna Keller</p>
      <h3>Register Entries</h3><p>Registration Court: District Court Stuttgart HRB 14000</p>`);
    expect(found?.managingDirectors).toEqual([
      "Dr. Eva Maier",
      "Dr. Tom Berg",
      "Lea Brunner",
      "Dr. Jonas Weber",
      "Anna Keller",
    ]);
    expect(found?.registerNumber).toBe("HRB 14000");
  });

  it("a bilingual label before the names", () => {
    const found = impressumOf(`<h1>Imprint</h1><p>Kestrel Mobility GmbH</p>
      <p>Geschäftsführung/Management: Jana Petersen (Vorsitzende/Chairperson), Ole Brandt</p>`);
    expect(found?.managingDirectors).toEqual(["Jana Petersen", "Ole Brandt"]);
  });

  it("keeps the chair of the supervisory board out", () => {
    const found = impressumOf(`<h1>Impressum</h1><p>Kestrel Energie AG</p>
      <h4>Vorsitzender des Aufsichtsrates:</h4><p>Stefan Albers</p>
      <h4>Vorstand:</h4><p>Guido Lenz (Vorsitzender)</p><p>Mara Fink</p>`);
    expect(found?.managingDirectors).toEqual(["Guido Lenz", "Mara Fink"]);
  });
});

describe("register numbers with bilingual labels", () => {
  it.each([
    ["Sitz und Registergericht/Domicile and Register Court: Ulm, HRB-Nr./Commercial Register No.: 3844", "HRB 3844"],
    ["HRB/Commercial register: 98765", "HRB 98765"],
  ])("%s → %s", (line, number) => {
    expect(registerNumber(line)).toBe(number);
  });
});

describe("representative labels in English notices", () => {
  it.each([
    ["Authorized representative", "Lea Brunner"],
    ["Legal representatives", "Lea Brunner"],
    ["Vorstandsmitglieder", "Lea Brunner"],
  ])("%s", (label, name) => {
    const found = impressumOf(`<h1>Imprint</h1><p>Kestrel Data GmbH</p><h3>${label}</h3><p>${name}</p>`);
    expect(found?.managingDirectors).toEqual([name]);
  });

  it("an owner label with a colon, not the word in a sentence", () => {
    expect(impressumOf(`<h1>Imprint</h1><p>Owner: Lea Brunner</p>`)?.managingDirectors).toEqual(["Lea Brunner"]);
    const sentence = impressumOf(
      `<h1>Imprint</h1><p>Kestrel Data GmbH</p><p>Each owner of a trademark named here keeps its rights. Lea Brunner</p>`,
    );
    expect(sentence?.managingDirectors).toEqual([]);
  });
});
