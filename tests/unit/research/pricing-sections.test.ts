import { describe, expect, it } from "vitest";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** Pricing pages written as one flat article (Markdown rendered by a site generator): sections, not cards. */

function plans(body: string, url = "https://www.alpenstrom-digital.example/preise/") {
  return extractPricing(
    parseHtml(`<body><article><section class="page__content">${body}</section></article></body>`, url),
  )?.plans;
}

const bundleGrid = `<div class="card-grid">
  <div class="card"><img src="/a.svg" alt=""><strong>Startmodul</strong><br><span class="big">CHF 900</span> einmalig<br>
    Ein Modul nach Wahl, Einrichtung, Schulung.</div>
  <div class="card"><img src="/b.svg" alt=""><strong>Ausbau (Empfohlen)</strong><br><span class="big">CHF 1'900</span> einmalig<br>
    Drei Module, Integration, Schulung.</div>
  <div class="card"><img src="/c.svg" alt=""><strong>Vollausbau</strong><br><span class="big">CHF 6'400</span> einmalig<br>
    Alle Module, Anpassungen, Support.</div></div>`;

describe("extractPricing on flat pricing articles", () => {
  it("takes the plans of a card grid below a section heading, not the heading", () => {
    const found = plans(`<h2 id="a">Fair und planbar</h2><p>Keine versteckten Kosten.</p>
      <h2 id="b">Alpenstrom Suite – Fertige Module</h2>${bundleGrid}
      <h2 id="c">Fragen?</h2><p>Schreiben Sie uns.</p>`);
    expect(found).toEqual([
      { name: "Startmodul", price: 900, currency: "CHF" },
      { name: "Ausbau", price: 1900, currency: "CHF" },
      { name: "Vollausbau", price: 6400, currency: "CHF" },
    ]);
  });

  it("takes no section heading whose blocks hold priced plan headings, and drops the icons before names", () => {
    const found = plans(`<h2 id="a">Projekte nach Mass</h2>
      <h3 id="b">💎 <strong>Kleinprojekt</strong></h3><p><strong>CHF 2'000 - 6'000</strong></p><ul><li>Eine App</li></ul>
      <h3 id="c">🎯 <strong>Mittelprojekt</strong></h3><p><strong>CHF 6'000 - 18'000</strong></p><ul><li>Drei Apps</li></ul>
      <h3 id="d">🚀 <strong>Grossprojekt</strong></h3><p><strong>CHF 18'000 - 40'000</strong></p>
      <h2 id="e">Sonderangebote</h2>
      <h3 id="f">🏢 <strong>Agenturpaket</strong></h3><p><strong>CHF 1'100/Monat</strong> (regulär CHF 1'300)</p>
      <h2 id="g">Häufige Fragen</h2><h3 id="h">❓ <strong>Gibt es Rabatte?</strong></h3><p>Ab CHF 10'000 ja.</p>`);
    expect(found?.map((plan) => [plan.name, plan.price])).toEqual([
      ["Kleinprojekt", 2000],
      ["Mittelprojekt", 6000],
      ["Grossprojekt", 18000],
      ["Agenturpaket", 1100],
    ]);
  });
});

describe("extractPricing on a flat plan with priced add-ons", () => {
  it("keeps the plan's own price before a list of add-ons", () => {
    const found = plans(`<h3 id="a">Basis</h3><p>CHF 19 / Monat</p>
      <ul><li><strong>Extra Nutzer</strong> <span>CHF 5 / Monat</span></li><li><strong>Archiv</strong> <span>CHF 9 / Monat</span></li></ul>
      <h3 id="b">Profi</h3><p>CHF 49 / Monat</p><p>Alles aus Basis, dazu Schnittstellen.</p>`);
    expect(found?.map((plan) => [plan.name, plan.price])).toEqual([
      ["Basis", 19],
      ["Profi", 49],
    ]);
  });
});

describe("extractPricing on packages priced once", () => {
  const card = (kind: string, name: string, price: string) =>
    `<div class="${kind}"><div class="title">${name}</div><div class="content"><div class="sub-title">${price}</div>
      <ul><li><span>&#10004;</span> Contact form</li><li><span>x</span> Online shop</li></ul></div></div>`;
  const grid = (kind: string) =>
    `<h1>Web design pricing</h1><div class="packages">${card(`${kind} b`, "Basic", "£500")}${card(
      `${kind} p`,
      "Professional",
      "£900",
    )}${card(`${kind} bs`, "Business Standard", "£1500")}</div>`;

  it("reads cards that their class calls plans on a pricing page", () => {
    const found = extractPricing(parseHtml(`<body>${grid("pricing")}</body>`, "https://www.tamarweb.example/pricing"));
    expect(found?.plans.map((plan) => [plan.name, plan.price, plan.currency])).toEqual([
      ["Basic", 500, "GBP"],
      ["Professional", 900, "GBP"],
      ["Business Standard", 1500, "GBP"],
    ]);
  });

  it("reads no plans from product cards priced once", () => {
    const found = extractPricing(parseHtml(`<body>${grid("product")}</body>`, "https://www.tamarweb.example/pricing"));
    expect(found?.plans ?? []).toEqual([]);
  });
});
