import { describe, expect, it } from "vitest";
import { parsePrice } from "../../../lib/research/price";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** More pricing page structures: quoted-only grids, price ranges, footnotes, a card beside a comparison table. */

function plans(html: string, url = "https://www.lindenkarte.example/preise") {
  return extractPricing(parseHtml(html, url))?.plans ?? [];
}

describe("parsePrice on ranges and footnotes", () => {
  it.each([
    ["650 € — 2.500 €", 650, "EUR"],
    ["€10–20 / Monat", 10, "EUR"],
    ["$5 - $10 per month", 5, "USD"],
    ["$ 49.99 per year*", 49.99, "USD"],
    ["19 € / Monat†", 19, "EUR"],
    ["49 Euro / Monat", 49, "EUR"],
    ["ab 990 Euro", 990, "EUR"],
  ])("reads %s by its lower or only amount", (text, price, currency) => {
    expect(parsePrice(text)).toEqual({ price, currency });
  });

  it.each(["€ 29 - 12 Monate", "1 - 5 Seiten", "2019 – 2024", "5 Euro Rabatt", "Europa 2024"])(
    "takes %s for no price",
    (text) => {
      expect(parsePrice(text)).toBeUndefined();
    },
  );
});

describe("extractPricing on grids without a public price", () => {
  const card = (name: string, label: string) =>
    `<div class="rounded p-6"><div class="mb-6"><h3>${name}</h3><p>Für Teams mit ${name.length} Standorten.</p></div>
     <div class="mb-6"><p class="text-sm">${label}</p></div>
     <ul><li>Unbegrenzte Nutzer</li><li>5.000 Zeilen pro Tabelle</li><li>Premium Support</li></ul>
     <a href="mailto:info@lindenkarte.example">Kontakt aufnehmen</a></div>`;
  const page = (title: string, cards: string) =>
    `<html><head><title>${title}</title></head><body><h1>${title}</h1><section><div class="grid">${cards}</div></section>
     <section><h2>Häufige Fragen</h2><h3>Kann ich alles testen?</h3><p>Ja, vier Wochen lang.</p></section></body></html>`;

  it("reads every card of a pricing grid labelled 'Preis auf Anfrage' as a plan on request", () => {
    const found = plans(
      page(
        "Preise | Lindenkarte",
        card("Basis", "Preis auf Anfrage") + card("Team", "Preis auf Anfrage") + card("Konzern", "Preis auf Anfrage"),
      ),
    );
    expect(found).toEqual([
      { name: "Basis", onRequest: true },
      { name: "Team", onRequest: true },
      { name: "Konzern", onRequest: true },
    ]);
  });

  it("takes no product grid quoted on request on a page that is not about prices", () => {
    const found = plans(
      page("Gebrauchte Maschinen", card("Fräse", "Preis auf Anfrage") + card("Drehbank", "Preis auf Anfrage")),
      "https://www.lindenkarte.example/maschinen",
    );
    expect(found).toEqual([]);
  });

  it("takes no grid whose cards only link to a contact form", () => {
    const found = plans(page("Preise", card("Basis", "Für kleine Büros") + card("Team", "Für große Büros")));
    expect(found).toEqual([]);
  });
});

describe("extractPricing on one priced card beside a comparison table", () => {
  const html = (head: string) => `<html><body>
    <header><aside class="price-card"><span class="badge">Preis in der Testphase</span><h2>Premium</h2>
      <div class="price">6,50 € <small>/ Monat</small></div><p>Monatlich kündbar.</p></aside></header>
    <section><h2>Kostenloser Einstieg und Premium</h2><table><thead><tr>${head}</tr></thead>
      <tbody><tr><td>Übungen</td><td>10 Stück</td><td>alle</td><td>alle</td></tr></tbody></table></section></body></html>`;

  it("reads the plans the table's head names beside the priced one", () => {
    const found = plans(html("<th>Bereich</th><th>Kostenlos</th><th>14 Tage Test</th><th>Premium</th>"));
    expect(found.map((plan) => [plan.name, plan.price])).toEqual([
      ["Kostenlos", 0],
      ["Premium", 6.5],
    ]);
  });

  it("keeps a single priced card alone when no table names it", () => {
    expect(plans(html("<th>Bereich</th><th>Heute</th><th>Morgen</th><th>Später</th>"))).toEqual([]);
  });
});

describe("extractPricing on an enterprise card beside priced plans", () => {
  it.each(["Book a demo", "Get in touch", "Talk to us", "Schedule a call", "Demo vereinbaren", "Jetzt anfragen"])(
    "keeps the plan whose button reads '%s', not the help box below",
    (cta) => {
      const found = plans(
        `<html><body><h1>Pricing</h1><div class="grid">
          <div class="card"><h3>Solo</h3><p>$19 / month</p><a href="/signup">Start free trial</a></div>
          <div class="card"><h3>Studio</h3><p>$49 / month</p><a href="/signup">Start free trial</a></div>
          <div class="card"><h3>Konzern</h3><p>Custom</p><a href="/demo">${cta}</a></div></div>
         <section><h2>Still unsure?</h2><a href="/demo">${cta}</a></section></body></html>`,
        "https://www.lindenkarte.example/pricing",
      );
      expect(found.map((plan) => [plan.name, plan.onRequest ?? false])).toEqual([
        ["Solo", false],
        ["Studio", false],
        ["Konzern", true],
      ]);
    },
  );
});

describe("extractPricing on prices written with the word Euro", () => {
  it("reads plan cards whose prices spell the currency out", () => {
    const card = (name: string, price: string) =>
      `<div class="paket"><h3>${name}</h3><p class="preis">${price}</p><a href="/buchen">Jetzt buchen</a></div>`;
    const found = plans(
      `<html><body><h1>Unsere Pakete</h1><div class="pakete">${card("Klein", "19 Euro im Monat")}${card("Mittel", "39 Euro im Monat")}${card("Groß", "79 Euro im Monat")}</div></body></html>`,
    );
    expect(found.map((plan) => [plan.name, plan.price, plan.currency])).toEqual([
      ["Klein", 19, "EUR"],
      ["Mittel", 39, "EUR"],
      ["Groß", 79, "EUR"],
    ]);
  });
});

describe("extractPricing on plan headings with a tagline after a dash", () => {
  it("reads the name before the tagline or badge", () => {
    const card = (heading: string, price: string) =>
      `<div class="paket"><h3>${heading}</h3><p>${price}</p><a href="/anfrage">Angebot anfordern</a></div>`;
    const found = plans(
      `<html><body><h1>Pakete</h1><div class="grid">${card("Start – Für den schnellen Einstieg", "ab 1.290 € einmalig")}${card("Business – Meistgewählt", "ab 2.490 € einmalig")}${card("Individuell – Für Marken mit höheren Ansprüchen", "Preis auf Anfrage")}</div></body></html>`,
    );
    expect(found.map((plan) => plan.name)).toEqual(["Start", "Business", "Individuell"]);
  });
});
