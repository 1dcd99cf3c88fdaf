import { describe, expect, it } from "vitest";
import { extractCompany } from "../../../lib/research/company";
import { extractCustomers } from "../../../lib/research/customers";
import { menuProducts } from "../../../lib/research/facts-products";
import {
  employeeHints,
  foundedYear,
  foundingPlace,
  headquartersFromText,
  officeLocations,
} from "../../../lib/research/facts-text";
import { parseHtml } from "./fixtures";

describe("a founding year told as a badge, a tagline or a milestone", () => {
  it.each([
    [["Schuhmanufaktur & Großhandel · Since 1998 · Made in Portugal"], 1998],
    [["Garten- und Landschaftsbau · Seit 1987"], 1987],
    [["Ihr Partner für Rädereinlagerung und Reifenservice im Raum Kassel, zuverlässig seit 1998."], 1998],
    [["Über Kranich Antik", "Seit 1984 in Ulm", "Wir kaufen und verkaufen Antiquitäten."], 1984],
    [["Seit 1991 verbinden wir Sammler mit den Dingen, die sie suchen."], 1991],
    [["In 1998, Kranich Solutions started operations with a simple vision."], 1998],
    [["Our Journey", "2009", "The Beginning", "Founded in Lisbon with a Clear Mission", "2012", "Expansion"], 2009],
  ])("%j", (lines, year) => {
    expect(foundedYear(lines)).toBe(year);
  });

  it.each([
    [["Kundin seit 2015 · Hafenblick Wohnbau"]],
    [["Mitglied im Verband seit 2010, Partner von Kranwerk seit 2019 für Schulungen."]],
    [["In 2020, we started working with Kranwerk."]],
    [["2017", "Expansion", "Opened our second office in Porto"]],
    [["© 1998–2026 Kranich Solutions · Alle Rechte vorbehalten"]],
  ])("not: %j", (lines) => {
    expect(foundedYear(lines)).toBeUndefined();
  });
});

describe("the town a company started in", () => {
  it.each([
    [["Lena Hoffmann gründet das Unternehmen in Bremen mit einem kleinen Team."], "Bremen"],
    [["Founded in Lisbon with a Clear Mission"], "Lisbon"],
    [["Kranich Advisory was established in Porto with a founding team of three."], "Porto"],
    [["Seit 1984 in Ulm, über 40 Mitarbeiter."], "Ulm"],
  ])("%j", (lines, town) => {
    expect(foundingPlace(lines)).toBe(town);
  });

  it("not a month", () => {
    expect(foundingPlace(["Founded in March 2014, Kranich builds cranes."])).toBeUndefined();
  });

  it("reads the page's summary when the text names no town", () => {
    const doc = parseHtml(
      `<html><head><meta name="description" content="Kranich Antik: Seit 1984 in Ulm, über 40 Mitarbeiter."></head>
      <body><h1>Seit 1984 verbinden wir Sammler mit Antiquitäten.</h1></body></html>`,
      "https://www.kranich-antik.example/ueber-uns",
    );
    expect(extractCompany(doc, "https://www.kranich-antik.example/ueber-uns").headquarters).toBe("Ulm");
  });
});

describe("a team counted in skilled staff", () => {
  it("reads 'Team aus über 50 Fachkräften'", () => {
    expect(employeeHints(["Unser Team aus über 50 Fachkräften koordiniert sämtliche Gewerke."])).toEqual([
      { text: "Team aus über 50 Fachkräften", min: 50, max: undefined },
    ]);
  });
});

describe("headquarters and offices listed under kinds of office", () => {
  const lines = [
    "Our Locations",
    "North America",
    "Corporate Headquarters",
    "New Jersey",
    "12 Harbor Road",
    "Suite 230",
    "Maplewood, New Jersey 07040",
    "Branch Offices",
    "Ohio",
    "40 Lake Street",
    "Columbus, Ohio 43004",
  ];

  it("takes the city of the address under 'Corporate Headquarters'", () => {
    expect(headquartersFromText(lines)).toBe("Maplewood");
  });

  it("takes no kind of office for a place", () => {
    expect(officeLocations(lines)).not.toContain("Corporate Headquarters");
    expect(officeLocations(lines)).not.toContain("New Jersey");
  });
});

describe("products named only in the menu", () => {
  const menu = (label: string, entries: string[]) =>
    parseHtml(
      `<html><body><nav><ul>
        <li><a href="/about">About</a></li>
        <li><a href="#">Services</a><ul><li><a href="/consulting">Consulting</a></li></ul></li>
        <li><a href="#">${label}</a><ul>${entries.map((entry) => `<li><a href="/p">${entry}</a></li>`).join("")}</ul></li>
      </ul></nav><main><h1>Kranich Solutions</h1></main></body></html>`,
      "https://www.kranich.example/",
    );

  it("reads the entries under 'Products and Innovations'", () => {
    expect(menuProducts(menu("PRODUCTS AND INNOVATIONS", ["FLOWMETER 360", "CITY PASS"]))).toEqual([
      "FLOWMETER 360",
      "CITY PASS",
    ]);
  });

  it("reads 'Produkte' and joins the company's products", () => {
    const doc = menu("Produkte", ["Kranwerk Planer", "Kranwerk Mobil"]);
    expect(extractCompany(doc, "https://www.kranich.example/").products).toEqual(["Kranwerk Planer", "Kranwerk Mobil"]);
  });

  it("leaves out the menu's overview, vouchers and parts, which name no product", () => {
    const entries = ["Alle Produkte", "Kranwerk Planer", "Gutscheine", "Kranwerk Mobil", "Zubehör", "Übersicht"];
    expect(menuProducts(menu("Produkte", entries))).toEqual(["Kranwerk Planer", "Kranwerk Mobil"]);
  });

  it("not the entries of another menu", () => {
    expect(menuProducts(menu("Branchen", ["Logistik", "Handel"]))).toEqual([]);
  });
});

describe("customer logos bundled with a hash in the file name", () => {
  it("reads the name before the hash", () => {
    const images = ["kranwerk.4f1c2a9e.png", "hafenblick.9b2e1a07.png", "nordlicht.1d7f3c52.svg"]
      .map(
        (file) =>
          `<div><img alt="" src="/_next/image?url=%2F_next%2Fstatic%2Fmedia%2F${file}&amp;w=256&amp;q=75"></div>`,
      )
      .join("");
    const doc = parseHtml(
      `<html><body><section><div><h2>Our Clients</h2></div><div class="grid">${images}</div></section></body></html>`,
      "https://www.kranich.example/",
    );
    expect(extractCustomers(doc)).toEqual(["Kranwerk", "Hafenblick", "Nordlicht"]);
  });
});
