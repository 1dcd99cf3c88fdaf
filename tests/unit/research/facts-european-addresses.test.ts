import { describe, expect, it } from "vitest";
import { extractCompany } from "../../../lib/research/company";
import { cityOf, findAddresses } from "../../../lib/research/contact";
import { foundedYear, headquartersFromText } from "../../../lib/research/facts-text";
import { parseHtml } from "./fixtures";

const headquartersOf = (body: string) =>
  extractCompany(parseHtml(`<html><body>${body}</body></html>`, "https://www.x.example/"), "https://www.x.example/")
    .headquarters;

describe("European addresses", () => {
  it.each([
    [["Copyright © 2024 Lumaro S.r.l. | Via Carlo dalla Costa,14 Verona 37100 | P.IVA 01234567890"], "Verona"],
    [["Sede legale: Via Tessera 8, 20121 Milano MI"], "Milano"],
    [["Via del Lavoro, 31", "40127 Bologna (BO)"], "Bologna"],
    [["Brunnenhof AG, Seestrasse 40, CH-8002 Zürich"], "Zürich"],
    [["Kärntner Ring 7, A-1010 Wien"], "Wien"],
    [["Keizersgracht 210, 1016 DZ Amsterdam"], "Amsterdam"],
    [["Maison Orel", "18 rue des Lilas, 75011 Paris"], "Paris"],
  ])("reads the city of %j", (lines, city) => {
    const [address] = findAddresses(lines);
    expect(address).toBeDefined();
    expect(cityOf(address ?? "")).toBe(city);
  });

  it.each([
    ["Tel. +39 045 123 4567, Fax 045 765 4321"],
    ["Founded 1998 Milano office opened 2004"],
    ["Via email: 1200 EUR pro Jahr, 2019 Berlin"],
    ["Seit 2015 AG Zürich-Nord"],
    ["Pro 12 Nutzer: 1999 Euro"],
  ])("reads no address from %j", (line) => {
    expect(findAddresses([line])).toEqual([]);
  });

  it("takes the headquarters from a footer whose street and city are sibling spans", () => {
    const body = `<main><h1>Über uns</h1><p>Wir betreuen IT für kleine Firmen.</p></main>
      <footer><div><strong>Standort</strong><span>Lindenweg 14</span><span>3012 Bern · Schweiz</span><a href="tel:+41310000000">+41 31 000 00 00</a></div></footer>`;
    expect(headquartersOf(body)).toBe("Bern");
  });
});

describe("Italian addresses written with a dash", () => {
  it.each([
    ["Via Ortica, 12 — 93013 Serravalle (CL)", "Serravalle"],
    ["Sede: Via Lunga, 123 - 20121 Milano (MI)", "Milano"],
  ])("%s", (line, city) => {
    expect(cityOf(findAddresses([line])[0] ?? "")).toBe(city);
  });
});

describe("an address whose next element runs on without a space", () => {
  it("ends the city where the next text begins", () => {
    expect(findAddresses(["Lindenweg 2 · 37115 TalhausenAm Telefon hilft Ihnen Lea"])).toEqual([
      "Lindenweg 2, 37115 Talhausen",
    ]);
  });
});

describe("founding year and seat in Dutch, French and Italian", () => {
  it.each([
    ["Veldwerk is in 2010 opgericht in Utrecht.", 2010],
    ["Veldwerk werd opgericht in 2012 door twee ingenieurs.", 2012],
    ["Atelier Orel, fondé en 1999 à Lyon, conçoit des logiciels.", 1999],
    ["Lumaro è stata fondata nel 1987 a Verona.", 1987],
  ])("%s", (line, year) => {
    expect(foundedYear([line])).toBe(year);
  });

  it.each([
    ["Ons hoofdkantoor is in Utrecht.", "Utrecht"],
    ["Le siège social est à Lyon.", "Lyon"],
    ["Lumaro S.r.l. con sede legale a Verona", "Verona"],
  ])("%s", (line, city) => {
    expect(headquartersFromText([line])).toBe(city);
  });
});
