import { describe, expect, it } from "vitest";
import { splitNames } from "../../../lib/research/impressum";
import { findVatId, legalEntity, registerCourt, registerNumber, vatId } from "../../../lib/research/legal";
import { isPersonName, isRole } from "../../../lib/research/names";

describe("legal entities", () => {
  it.each([
    ["Nordlicht Analytics GmbH", "GmbH"],
    ["Kaffeekontor Lindner GmbH & Co. KG, Hafenweg 2", "GmbH & Co. KG"],
    ["Elbweg Ventures UG (haftungsbeschränkt)", "UG (haftungsbeschränkt)"],
    ["Bergblick Software AG", "AG"],
    ["Holzwerkstatt Lindner e.K.", "e.K."],
    ["Brightwave Labs Inc.", "Inc."],
    ["Ferncliff Robotics Ltd", "Ltd"],
    ["Firma: Alpenglanz Software GmbH", "GmbH"],
    ["BITech Aktiengesellschaft Beratung für Informationstechnik", "Aktiengesellschaft"],
  ])("%s has the form %s", (line, form) => {
    expect(legalEntity(line)?.form).toBe(form);
  });

  it("keeps the name up to the form and drops labels", () => {
    expect(legalEntity("Firma: Alpenglanz Software GmbH")?.name).toBe("Alpenglanz Software GmbH");
    expect(legalEntity("© 2025 Nordlicht Analytics GmbH")?.name).toBe("Nordlicht Analytics GmbH");
  });

  it("ignores words that merely contain a form", () => {
    expect(legalEntity("Agentur für Gestaltung")).toBeUndefined();
    expect(legalEntity("GmbH")).toBeUndefined();
    expect(legalEntity("Die Firma ist eine Aktiengesellschaft nach Schweizer Recht")).toBeUndefined();
  });
});

describe("register numbers and courts", () => {
  it.each([
    ["Amtsgericht München, HRB 16997", "HRB 16997"],
    ["Registernummer: hrb 1234", "HRB 1234"],
    ["Handelsregister: HR B 98765", "HRB 98765"],
    ["HRA 4711 (Amtsgericht Lübeck)", "HRA 4711"],
    ["Firmenbuchnummer: FN 531162 x", "FN 531162 x"],
    ["FN 531162x, Handelsgericht Wien", "FN 531162 x"],
    ["Firmenbuchnummer: 531162 x", "FN 531162 x"],
    ["Firmenbuch-Nr. 48211w", "FN 48211 w"],
    ["FB-Nr.: 123456 k, Firmenbuchgericht Linz", "FN 123456 k"],
    ["Registernummer: HRB Nr. 555", "HRB 555"],
    ["Registernummer: HRB - 44244", "HRB 44244"],
    ["Registernummer: HRB 261554 B", "HRB 261554 B"],
    ["Registernummer: VR 1891", "VR 1891"],
    ["Amtsgericht München, HRB 234 567", "HRB 234567"],
    ["Sitz: Göttingen, Amtsgericht Göttingen HR B 3160", "HRB 3160"],
    ["Firmenbuchnummer: 393588g", "FN 393588 g"],
    ["Handelsregister: CHE-184.223.405", "CHE-184.223.405"],
    ["Handelsregister-Nr.: CH-020.3.029.549-8", "CH-020.3.029.549-8"],
    ["KVK No: 08137628", "KvK 08137628"],
    ["Registered in England and Wales, company number 07654321", "Company No. 07654321"],
    ["Registered in England and Wales No. 1234567", "Company No. 1234567"],
    ["Registered company number: SC123456", "Company No. SC123456"],
  ])("%s → %s", (line, number) => {
    expect(registerNumber(line)).toBe(number);
  });

  it("reads no number from a court's name or a line without one", () => {
    expect(registerNumber("Firmenbuchgericht: Handelsgericht Wien")).toBeUndefined();
    expect(registerNumber("Firmenbuchnummer: siehe unten")).toBeUndefined();
    // A Swiss VAT number is a register number only where a register names it.
    expect(registerNumber("MWST-Nr. CHE-123.456.789 MWST")).toBeUndefined();
    expect(registerNumber("VAT registration number: GB123456789")).toBeUndefined();
  });

  it.each([
    ["Amtsgericht München, HRB 16997", "Amtsgericht München"],
    ["Registergericht: Amtsgericht Hamburg", "Amtsgericht Hamburg"],
    ["Eingetragen im Handelsregister des Amtsgerichts Frankfurt am Main unter HRB 1", "Amtsgericht Frankfurt am Main"],
    ["Firmenbuchgericht: Handelsgericht Wien", "Handelsgericht Wien"],
    ["Handelsregister: München HRB 191789", "München"],
    ["Handelsregister: Registergericht: Amtsgericht Mainz", "Amtsgericht Mainz"],
    ["Register Court: Hamburg", "Hamburg"],
    ["Commercial Register: Amtsgericht Muenchen HRB 186928", "Amtsgericht Muenchen"],
  ])("%s → %s", (line, court) => {
    expect(registerCourt(line)).toBe(court);
  });
});

describe("VAT ids", () => {
  it("prefers a labelled id to a Swiss company number under the register", () => {
    expect(findVatId(["Handelsregister: CHE-412.587.903", "MWST: CHE-412.587.903 MWST"])).toBe("CHE-412.587.903 MWST");
    // A Swiss company number (UID) alone is no VAT number.
    expect(findVatId(["Handelsregister: CHE-412.587.903"])).toBeUndefined();
    expect(findVatId(["Kontakt: info@kranich.example"])).toBeUndefined();
  });

  it.each([
    ["USt-IdNr.: DE123456789", "DE123456789"],
    ["USt-Id: DE 123 456 789", "DE123456789"],
    ["UID: ATU12345678", "ATU12345678"],
    ["UID-Nr. ATU 12345678", "ATU12345678"],
    ["MWST-Nr. CHE-123.456.789 MWST", "CHE-123.456.789 MWST"],
    ["VAT: NL123456789B01", "NL123456789B01"],
  ])("%s → %s", (line, id) => {
    expect(vatId(line)).toBe(id);
  });

  it("needs a label for the generic European forms", () => {
    expect(vatId("Order number FR12345678901")).toBeUndefined();
  });
});

describe("names and roles", () => {
  it.each([
    "Jana Petersen",
    "Dr. Malte Kühn",
    "Ole von Bargen",
    "Selin Yıldız",
    "Anna-Lena Groß",
    "Prof. Dr. Eva Maier",
    "Prof. Dr.-Ing. Hans Meier",
    "Zoë O'Neill",
    "Aidan McKenzie",
    "Luca DeLuca",
    "Serge N'Silu",
  ])("%s is a name", (name) => expect(isPersonName(name)).toBe(true));

  it.each([
    "Über Uns",
    "Head Of Sales",
    "Marketing Team",
    "Nordlicht Analytics GmbH",
    "Big Blue Ocean And Green Hills",
    "42 People",
    "jana petersen",
    "LinkedIn Learning",
    "PayPal Checkout",
    "YouTube Kanal",
    "Steuerliche Angaben",
    "Rechtliche Hinweise",
    "Registered Office",
  ])("%s is not a name", (text) => expect(isPersonName(text)).toBe(false));

  it("recognises roles in English and German", () => {
    for (const role of ["Founder / CEO", "Geschäftsführerin", "Head of Sales", "Leiterin Vertrieb", "Werkstudentin"]) {
      expect(isRole(role)).toBe(true);
    }
    expect(isRole("Hamburg")).toBe(false);
  });

  it("splits director lists", () => {
    expect(splitNames("Jana Petersen, Dr. Malte Kühn und Ole von Bargen")).toEqual([
      "Jana Petersen",
      "Dr. Malte Kühn",
      "Ole von Bargen",
    ]);
    expect(splitNames("die Geschäftsführerin Eva Maier (CEO) & Tom Berg")).toEqual(["Eva Maier", "Tom Berg"]);
    // Roles in brackets may hold commas; salutations, bullets and a label before a colon go.
    expect(splitNames("die Geschäftsführer: Dr. Eva Maier (Vorsitzende der Geschäftsführung, CEO)")).toEqual([
      "Dr. Eva Maier",
    ]);
    expect(splitNames("Herr Tom Berg")).toEqual(["Tom Berg"]);
    expect(splitNames("- Lea Brunner")).toEqual(["Lea Brunner"]);
  });
});
