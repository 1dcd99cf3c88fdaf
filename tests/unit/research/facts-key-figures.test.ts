import { describe, expect, it } from "vitest";
import { extractCustomers } from "../../../lib/research/customers";
import { employeeHints, foundedYear, headquartersFromText, officeLocations } from "../../../lib/research/facts-text";
import { industryHints } from "../../../lib/research/industry";
import { extractSocialLinks } from "../../../lib/research/social";
import { parseHtml } from "./fixtures";

describe("team size as a key figure", () => {
  it.each([
    [["25", "Jahre Erfahrung", "120", "Mitarbeiter", "3", "Standorte"], 120],
    [["450+", "Mitarbeitende"], 450],
    [["200+", "Team members"], 200],
    [["Mitarbeiterzahl: 250"], 250],
    [["Anzahl Mitarbeiter", "85"], 85],
    [["Employees", "51-200"], 51],
    [["Team size: 11-50"], 11],
  ])("%j", (lines, min) => {
    expect(employeeHints(lines).map((hint) => hint.min)).toEqual([min]);
  });

  it.each([
    [["We are 35 people in Leipzig and Porto."], 35],
    [["Heute beschäftigen wir über 300 Menschen."], 300],
    [["Kranwerk employs more than 1,200 people worldwide."], 1200],
  ])("in a sentence: %j", (lines, min) => {
    expect(employeeHints(lines).map((hint) => hint.min)).toEqual([min]);
  });

  it.each([
    [["8.000", "Aufzüge digital erfasst"]],
    [["1.700", "Wartungskunden"]],
    [["30", "Experten im Netzwerk"]],
    [["Starter", "10", "Employees included"]],
    [["Company size", "2-10", "11-50"]],
  ])("counts no other figure: %j", (lines) => {
    expect(employeeHints(lines)).toEqual([]);
  });
});

describe("founding year on a badge", () => {
  it.each([
    [["Seit 1998"], 1998],
    [["Since 2004"], 2004],
    [["Ihr Partner seit 2003."], 2003],
    [["2003", "Gegründet"], 2003],
  ])("%j", (lines, year) => {
    expect(foundedYear(lines)).toBe(year);
  });

  it.each([[["Kunde seit 2010"]], [["Seit 2019 nutzen wir Kranwerk für die Planung."]]])("not: %j", (lines) => {
    expect(foundedYear(lines)).toBeUndefined();
  });
});

describe("headquarters on a fact sheet", () => {
  it.each([
    [["Hauptsitz", "Lüneburg"], "Lüneburg"],
    [["Headquarters", "Rotterdam, Netherlands"], "Rotterdam"],
    [["Sitz: Kassel"], "Kassel"],
    [["Unser Hauptsitz befindet sich in Ulm."], "Ulm"],
  ])("%j", (lines, city) => {
    expect(headquartersFromText(lines)).toBe(city);
  });

  it("not a street under the label", () => {
    expect(headquartersFromText(["Hauptsitz", "Hafenstraße 4"])).toBeUndefined();
  });
});

describe("office lists", () => {
  it.each([
    [["with offices in Lisbon, Tallinn, and Gdansk"], ["Lisbon", "Tallinn", "Gdansk"]],
    [
      ["Our offices", "Lisbon", "Tallinn", "Kontakt"],
      ["Lisbon", "Tallinn"],
    ],
    [
      ["Wir sind an 4 Standorten in Deutschland vertreten: Kassel, Fulda, Gießen und Marburg."],
      ["Deutschland", "Kassel", "Fulda", "Gießen", "Marburg"],
    ],
  ])("%j", (lines, places) => {
    expect(officeLocations(lines)).toEqual(places);
  });
});

describe("industry words inside German compounds", () => {
  it.each([
    ["Herstellerneutrale Aufzugsberatung für Hausverwaltungen", ["Consulting"]],
    ["Ihre Werbeagentur aus Kiel", ["Marketing / Agency"]],
    ["Kontraktlogistik und Lagerhaltung", ["Logistics"]],
    ["Photovoltaik und Solaranlagen vom Meisterbetrieb", ["Energy"]],
    ["Branchensoftware für das Handwerk", ["Software / SaaS"]],
  ])("%s", (text, labels) => {
    expect(industryHints([text])).toEqual(labels);
  });
});

describe("customers on reference cards", () => {
  const cards = (names: string[]) =>
    names
      .map(
        (name) => `<div class="card"><div class="name">${name}</div><p>Wir betreuen die Anlagen seit 2021.</p></div>`,
      )
      .join("");
  const customersIn = (body: string) =>
    extractCustomers(parseHtml(`<html><body>${body}</body></html>`, "https://www.acmeo.example/"));

  it("reads the registered names that open each card under 'Unsere Kunden'", () => {
    const body = `<section><div><span>Unsere Kunden</span></div><div class="grid">${cards([
      "Hafenblick Wohnbau eG",
      "Kranwerk Systeme GmbH",
      "Nordlicht Verwaltung mbH",
    ])}</div></section>`;
    expect(customersIn(body)).toEqual(["Hafenblick Wohnbau eG", "Kranwerk Systeme GmbH", "Nordlicht Verwaltung mbH"]);
  });

  it("takes no people, quotes or service titles from cards", () => {
    const body = `<section><h2>Was unsere Kunden sagen</h2><div class="grid">${cards([
      "Mira Olsen",
      "„Schnell und zuverlässig.“",
      "Wartung",
    ])}</div></section>`;
    expect(customersIn(body)).toEqual([]);
  });
});

it("keeps the number of a social profile that has no name", () => {
  const url = "https://www.acmeo.example/";
  const doc = parseHtml(
    `<html><body><footer><a href="https://www.facebook.com/profile.php?id=100012345678901">Facebook</a></footer></body></html>`,
    url,
  );
  expect(extractSocialLinks(doc, url).facebook).toBe("https://facebook.com/profile.php?id=100012345678901");
});
