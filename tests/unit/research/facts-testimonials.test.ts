import { describe, expect, it } from "vitest";
import { extractCompany } from "../../../lib/research/company";
import { extractCustomers } from "../../../lib/research/customers";
import { foundedYear, officeLocations } from "../../../lib/research/facts-text";
import { parseHtml } from "./fixtures";

const url = "https://www.acmeo.example/unternehmen/";
const customersIn = (body: string) => extractCustomers(parseHtml(`<html><body>${body}</body></html>`, url));

const quote = (name: string, role: string) =>
  `<figure><blockquote><p>„Die Zusammenarbeit war schnell und verlässlich.“</p></blockquote>
   <figcaption><span>${name}</span><span>${role}</span></figcaption></figure>`;

describe("customers signed under testimonials", () => {
  it("takes the company after the speaker's role", () => {
    const body = `<section><h2>Kundenstimmen</h2><div class="grid">${[
      quote("Mira Olsen", "Product Owner, Kranwerk Systeme GmbH"),
      quote("Sam Lee", "Vorstand, Hafenblick-Stiftung"),
      quote("Ada Brandt", "Leiterin Einkauf, Nordlicht Verkehrsbund GmbH (NVB)"),
    ].join("")}</div></section>`;
    expect(customersIn(body)).toEqual(["Kranwerk Systeme GmbH", "Hafenblick-Stiftung", "Nordlicht Verkehrsbund GmbH"]);
  });

  it("reads 'Role at Company' in one signature", () => {
    const body = `<section><h2>What our customers say</h2>
      <blockquote>Great team.<cite>Mira Olsen, Head of Data at Kestrel Freight</cite></blockquote>
      <blockquote>Fast and reliable.<cite>Sam Lee, CTO at Lumen Labs</cite></blockquote></section>`;
    expect(customersIn(body)).toEqual(["Kestrel Freight", "Lumen Labs"]);
  });

  it("takes no role or person from signatures without a company", () => {
    const body = `<section><h2>Testimonials</h2>${[quote("Mira Olsen", "CEO"), quote("Sam Lee", "Gründer")].join("")}</section>`;
    expect(customersIn(body)).toEqual([]);
  });
});

describe("founding facts on fact sheets", () => {
  it("reads the year over its place ('Gegründet' above '2009 in Köln')", () => {
    expect(foundedYear(["Die Geschäftsführer", "Mira Olsen", "Gegründet", "2011 in Kassel"])).toBe(2011);
  });

  it("reads a timeline entry that opens with the founding", () => {
    expect(
      foundedYear([
        "Historie",
        "1987",
        "Firmengründung der Falk Transporte GmbH in Fulda.",
        "1995",
        "Neubau der Halle.",
      ]),
    ).toBe(1987);
  });

  it("ends a place at a sentence's full stop", () => {
    expect(officeLocations(["Acmeo ist eine Agentur mit Sitz in Kassel. Seit 2011 bauen wir Software."])).toEqual([
      "Kassel",
    ]);
  });

  it("reads the founding year from the company's own description when the text states none", () => {
    const doc = parseHtml(
      `<html><head><meta name="description" content="Softwareagentur in Kassel, gegründet 2011."></head>
       <body><h1>Über uns</h1><p>Wir bauen Software.</p></body></html>`,
      url,
    );
    expect(extractCompany(doc, url).founded).toBe(2011);
  });
});
