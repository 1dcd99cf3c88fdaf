import { expect, it } from "vitest";
import { researchPage } from "../../../lib/research/research-page";
import { parseHtml } from "./fixtures";

const url = "https://www.kranwerk-logistik.example/presse";

const listing = `<!doctype html><html lang="de"><head><title>Presse – Kranwerk Logistik</title></head><body>
<main><h1>Presse</h1>
  <article><time datetime="2025-06-02">2. Juni 2025</time>
    <h3><a href="/presse/standort-wien">Kranwerk Logistik eröffnet einen neuen Standort in Wien</a></h3>
    <p>Mit dem Büro in Wien ist Kranwerk erstmals in Österreich vertreten.</p></article>
  <article><time datetime="2025-03-12">12. März 2025</time>
    <h3><a href="/presse/partnerschaft-hafen">Kranwerk Logistik und die Hafenbahn Kiel starten eine strategische Partnerschaft</a></h3>
    <p>Gemeinsam planen beide Unternehmen Ladungen für den Ostseeraum.</p></article>
  <article><time datetime="2024-11-20">20. November 2024</time>
    <h3><a href="/presse/sommerfest">Rückblick auf unser Sommerfest</a></h3>
    <p>Fotos vom Sommerfest am Nord-Ostsee-Kanal.</p></article>
</main></body></html>`;

it("reads the releases a press listing names, each dated and sourced by its own post", () => {
  const result = researchPage(parseHtml(listing, url), url);
  const byType = (type: string) => result.signals.filter((signal) => signal.type === type);
  expect(byType("new-market")).toContainEqual(
    expect.objectContaining({
      date: "2025-06-02",
      sourceUrl: "https://www.kranwerk-logistik.example/presse/standort-wien",
    }),
  );
  expect(byType("partnership")).toContainEqual(
    expect.objectContaining({
      date: "2025-03-12",
      sourceUrl: "https://www.kranwerk-logistik.example/presse/partnerschaft-hafen",
    }),
  );
  // A release that tells no news gives no signal, and no release is counted twice.
  expect(result.signals.some((signal) => /Sommerfest/.test(signal.quote))).toBe(false);
  const quotes = result.signals.map((signal) => signal.quote);
  expect(new Set(quotes).size).toBe(quotes.length);
});

it("takes no company facts from a case study, which tells of the customer", () => {
  const study = "https://www.kranwerk-logistik.example/kunden/ostsee-moebel";
  const html = `<!doctype html><html lang="de"><head><title>Ostsee Möbel – Kunden – Kranwerk Logistik</title></head><body>
    <main><h1>Wie Ostsee Möbel seine Touren plant</h1>
    <p>Ostsee Möbel wurde 1987 gegründet, hat seinen Hauptsitz in Lübeck und beschäftigt rund 240 Mitarbeitende.</p>
    <p>Seit 2023 plant das Team alle Touren mit Kranwerk.</p></main></body></html>`;
  const company = researchPage(parseHtml(html, study), study).company;
  expect(company).toMatchObject({ founded: undefined, headquarters: undefined, employeeHints: [], locations: [] });
  // The same words on the company's own page are its facts.
  const about = "https://www.kranwerk-logistik.example/ueber-uns";
  expect(researchPage(parseHtml(html, about), about).company).toMatchObject({ founded: 1987, headquarters: "Lübeck" });
});
