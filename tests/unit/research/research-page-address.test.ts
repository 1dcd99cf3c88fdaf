import { describe, expect, it } from "vitest";
import { researchPage } from "../../../lib/research/research-page";
import { parseHtml } from "./fixtures";

// Research parses fetched pages in the offscreen document: a parsed document's own address is that
// page's, never the site's. The extractors that read the address take the one research is given.
const parsedElsewhere = (body: string) =>
  parseHtml(
    `<!doctype html><html lang="de"><head><title>Seite</title></head><body>${body}</body></html>`,
    "about:blank",
  );

describe("research of a page parsed away from its address", () => {
  it("reads a team page of one by the address it is given", () => {
    const doc = parsedElsewhere(`<main><h2>Team</h2><div class="card"><h3 class="card-title">Thora Vindahl</h3>
      <h6 class="text-color">Geschäftsführerin</h6></div></main>`);
    const research = researchPage(doc, "https://www.lindgrau-software.example/team/");
    expect(research.people.map((person) => person.name)).toEqual(["Thora Vindahl"]);
  });

  it("takes the site's own company from a design credit by the address it is given", () => {
    const doc =
      parsedElsewhere(`<main><h1>Impressum</h1><h2>Inhalt und Gestaltung:</h2><p>Lindgrau Software GmbH &amp; Co. KG<br>
      Hafenweg 2<br>24103 Kiel</p><p>Komplementärin: Lindgrau Verwaltungs GmbH<br>Handelsregister: HRA 1234</p></main>`);
    const research = researchPage(doc, "https://www.lindgrau-software.example/impressum");
    expect(research.impressum?.legalName).toBe("Lindgrau Software GmbH & Co. KG");
  });

  it("tells a pricing page by the address it is given", () => {
    const card = (name: string) =>
      `<div class="card"><h3>${name}</h3><p>Für Teams bis 20 Personen</p><p>Preis auf Anfrage</p></div>`;
    const doc = parsedElsewhere(
      `<main><h1>Wählen Sie Ihren Umfang</h1><div class="grid">${card("Basis")}${card("Plus")}</div></main>`,
    );
    const plans = (url: string) => researchPage(doc, url).company.pricing?.plans.map((plan) => plan.name) ?? [];
    expect(plans("https://www.lindgrau-software.example/preise")).toEqual(["Basis", "Plus"]);
    expect(plans("https://www.lindgrau-software.example/referenzen")).toEqual([]);
  });
});
