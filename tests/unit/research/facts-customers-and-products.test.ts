import { describe, expect, it } from "vitest";
import { extractCompany } from "../../../lib/research/company";
import { extractCustomers } from "../../../lib/research/customers";
import { employeeHints, headquartersFromText, officeLocations } from "../../../lib/research/facts-text";
import { industryHints } from "../../../lib/research/industry";
import { parseHtml } from "./fixtures";

const url = "https://www.x.example/referenzen";
const page = (body: string) => parseHtml(`<html><head><title>Kranwerk</title></head><body>${body}</body></html>`, url);

const card = (slug: string, name: string, note: string) =>
  `<div class="col"><a href="/referenzen/${slug}" class="project-link"><div class="box"><img src="/img/${slug}.png"/>
   <div class="caption"><span class="label">${name} </span> ${note}</div></div></a></div>`;

describe("customers on a list of case studies", () => {
  it("reads the name each card links to its own page with", () => {
    const doc = page(`<h1>Referenzen <small>Projekte aus der Praxis</small></h1><div class="row">
      ${card("hafenblick", "Hafenblick", "Buchungsportal in drei Sprachen")}
      ${card("seilerei", "Nordseilerei Tamm", "Shop für 4.000 Artikel")}
      ${card("brunnhof", "Brunnhof AG", "Beratung für die Brunnhof AG")}
      ${card("ihr_projekt", "Ihr Projekt?", "Warum sich die Zusammenarbeit lohnt")}</div>`);
    expect(extractCustomers(doc)).toEqual(["Hafenblick", "Nordseilerei Tamm", "Brunnhof AG"]);
  });

  it("takes no story titles that do not name the page's customer", () => {
    const doc = page(`<h2>Case studies</h2>
      <a href="/case-studies/alpha-freight"><h3>How we cut delivery times in half</h3></a>
      <a href="/case-studies/bergwerk"><h3>Scaling to ten markets</h3></a>
      <a href="/case-studies/corvo"><h3>Read the story</h3></a>`);
    expect(extractCustomers(doc)).toEqual([]);
  });

  it("reads the names after 'customers include companies like', a brand in lower case too", () => {
    const doc = page("<p>Our customers include companies like Halvorsen Freight, Tidewater and eBrisk.</p>");
    expect(extractCustomers(doc)).toEqual(["Halvorsen Freight", "Tidewater", "eBrisk"]);
  });
});

describe("products on an overview page", () => {
  const block = (name: string) =>
    `<section class="product-block"><div class="product-block__head"><p>Kategorie</p><h2>${name}</h2></div>
     <div class="product-block__features"><article><h3>Volle Datenhoheit:</h3><p>Betrieb im eigenen Haus.</p></article></div></section>`;

  it("reads the heading of each product block, not its features' titles", () => {
    const doc = page(`${block("nord id.x3")}${block("nord ledger")}${block("Archiv Migration")}`);
    expect(extractCompany(doc, url).products).toEqual(["nord id.x3", "nord ledger", "Archiv Migration"]);
  });

  it("takes no single product section under a slogan", () => {
    const doc = page(`<section class="product"><h2>Alles für Ihr Team</h2><p>Eine Plattform.</p></section>`);
    expect(extractCompany(doc, url).products).toEqual([]);
  });
});

describe("headquarters, team size and industry on about pages", () => {
  it("reads the city of the address under a headquarters label that names the company first", () => {
    expect(
      headquartersFromText(["HEADQUARTERS", "KRANWERK GMBH", "Lindenweg 4", "82041 Oberau", "Tel.: +49 89 0000"]),
    ).toBe("Oberau");
  });

  it("counts the team after 'heute arbeiten'", () => {
    expect(
      employeeHints(["Heute arbeiten rund 40 Spezialist:innen an unserer Software."]).map((hint) => hint.min),
    ).toEqual([40]);
    expect(employeeHints(["Mit unserer Software arbeiten über 2.000 Einkäufer täglich."])).toEqual([]);
  });

  it("reads consulting in a brand that ends in the word", () => {
    expect(industryHints(["Über uns | NORDconsult"])).toEqual(["Consulting"]);
  });

  it("reads a state or region after a town as where the town is", () => {
    expect(officeLocations(["Der Werkstandort liegt in Brentaro, Trentino; wir liefern nach Norden."])).toEqual([
      "Brentaro",
    ]);
    expect(officeLocations(["Wir haben Standorte in Kellheim, Bayern und Lindau."])).toEqual(["Kellheim", "Lindau"]);
  });
});

describe("customers set as plain wordmarks", () => {
  it("reads a row of brand names under a trusted-by heading", () => {
    const doc = page(`<section><p class="label">Trusted by leading companies</p>
      <div class="row"><span>Halvorsen</span><span>Tidewater Labs</span><span>Brisk&amp;Co</span><span>Norvik</span></div></section>`);
    expect(extractCustomers(doc)).toEqual(["Halvorsen", "Tidewater Labs", "Brisk&Co", "Norvik"]);
  });

  it("takes no row of figures or claims", () => {
    const doc = page(`<section><h2>Trusted by 2,000 teams</h2>
      <div><div>99.9% uptime</div><div>24/7 support</div><div>SOC 2</div></div></section>`);
    expect(extractCustomers(doc)).toEqual([]);
  });
});
