import { describe, expect, it } from "vitest";
import { extractCustomers } from "../../../lib/research/customers";
import { foundedYear } from "../../../lib/research/facts-text";
import { parseHtml } from "./fixtures";

describe("the company's own work since a year", () => {
  it.each([
    [["Über uns", "Seit 2019 entwickeln wir Software für Tischlereien."], 2019],
    [["Wir beraten seit 2012 Kanzleien in ganz Deutschland."], 2012],
    [["Since 2016, we have helped 300 warehouses ship faster."], 2016],
    [["Since 2018 we've been building tools for field service teams."], 2018],
    [["We have been helping manufacturers cut scrap since 2011."], 2011],
    [["Gegründet 2008.", "Seit 2015 entwickeln wir Apps."], 2008],
  ])("%j", (lines, year) => {
    expect(foundedYear(lines)).toBe(year);
  });

  it.each([
    [["Seit 2019 nutzen wir Kranwerk für die Planung."]],
    [["Seit 2021 bieten wir auch Schulungen an."]],
    [["Das Produkt ist seit 2019 auf dem Markt."]],
    [["Mara ist seit 2019 im Team."]],
    [["„Seit 2019 arbeiten wir mit Kranwerk.“"]],
    [["Since 2020 we use Kranwerk for all our reports."]],
    [["Wir betreuen die Anlagen seit 2021."]],
    [["Seit 2010 entwickeln wir für Kranwerk Kampagnen in drei Ländern."]],
  ])("not: %j", (lines) => {
    expect(foundedYear(lines)).toBeUndefined();
  });
});

describe("customer logos named only by their files", () => {
  const customersIn = (body: string) =>
    extractCustomers(parseHtml(`<html><body>${body}</body></html>`, "https://www.acmeo.example/"));
  const files = ["logo-kranich-robotik.svg", "Logo_Hafenblick_Wohnbau-300x120.png", "kunden/nordlicht-gmbh.webp"];

  it("reads a wall of images without alt text under a customers heading", () => {
    const images = files.map((file) => `<div><img src="/wp-content/uploads/${file}"></div>`).join("");
    expect(customersIn(`<section><h2>Unsere Kunden</h2><div class="logos">${images}</div></section>`)).toEqual([
      "Kranich Robotik",
      "Hafenblick Wohnbau",
      "Nordlicht GmbH",
    ]);
  });

  it("reads images with an empty alt and behind an image proxy", () => {
    const images = files
      .map((file) => `<img alt="" src="/_next/image?url=${encodeURIComponent(`/images/${file}`)}&amp;w=256">`)
      .join("");
    expect(customersIn(`<h2>Trusted by</h2><div>${images}</div>`)).toEqual([
      "Kranich Robotik",
      "Hafenblick Wohnbau",
      "Nordlicht GmbH",
    ]);
  });

  it("reads no files that do not say they are logos, nor walls outside a customers section", () => {
    const decor = ["hero-background.jpg", "arrow-right.svg", "team-photo.png", "a8f3e29c41.png"]
      .map((file) => `<img src="/img/${file}">`)
      .join("");
    expect(customersIn(`<h2>Unsere Kunden</h2><div>${decor}</div>`)).toEqual([]);
    const logos = files.map((file) => `<img src="/img/${file}">`).join("");
    expect(customersIn(`<h2>Unsere Leistungen</h2><div>${logos}</div>`)).toEqual([]);
  });
});
