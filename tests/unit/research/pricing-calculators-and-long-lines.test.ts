import { describe, expect, it } from "vitest";
import { isPlanName } from "../../../lib/research/plan-cards";
import { statedPrices, unitAfter } from "../../../lib/research/plan-units";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** Cost calculators beside plan cards, price lines longer than one price, and the unit line after a fee. */

function plans(html: string, url = "https://www.brightwell-studio.example/preise") {
  return extractPricing(parseHtml(html, url))?.plans ?? [];
}

const card = (name: string, price: string) =>
  `<article class="paket"><h3>${name}</h3><p class="wer">Für Betriebe mit wenig Zeit.</p>
   <p class="preis">${price}</p><ul><li>Persönliche Betreuung</li><li>Monatlicher Bericht</li></ul>
   <a class="btn" href="/anfrage/">Erstgespräch anfragen →</a></article>`;

const grid = (cards: string) =>
  `<section class="pakete"><h2>Unsere Pakete</h2><div class="raster">${cards}</div></section>`;

const page = (sections: string) =>
  `<html><head><title>Preise | Brightwell Studio</title></head><body><h1>Preise</h1>${sections}</body></html>`;

describe("isPlanName on the headings of a cost calculator", () => {
  it.each([
    "Was kostet Ihre Website",
    "Was es dich kostet",
    "Kostenrechner",
    "Budget-Kalkulator",
    "Estimate your cost",
    "Pricing calculator",
    "How much will it cost",
    "Ihre Schätzung",
  ])("%s names no plan", (text) => {
    expect(isPlanName(text)).toBe(false);
  });

  it.each(["Starter", "Betreuung Plus", "Growth"])("%s still names a plan", (text) => {
    expect(isPlanName(text)).toBe(true);
  });
});

describe("extractPricing beside a cost calculator", () => {
  const cards = grid(
    card("Betreuung Start", "ab 390 € <small>im Monat</small>") +
      card("Betreuung Plus", "ab 690 € <small>im Monat</small>"),
  );

  it("reads no plan from a calculator's heading over its comparison of monthly costs", () => {
    const calculator = `<section class="rechnung"><div class="kopf"><h2>Was es dich kostet — an Zeit und an Geld.</h2></div>
      <div class="rechner"><p>Acht Beiträge im Monat, je eine Stunde Arbeit.</p><div class="zeilen">
        <div><span class="l">Dein Stundensatz 50 €</span><span class="v">400 – 800 €</span></div>
        <div><span class="l">Dein Stundensatz 90 €</span><span class="v">720 – 1.440 €</span></div>
      </div></div></section>`;
    expect(plans(page(cards + calculator))).toEqual([
      { name: "Betreuung Start", price: 390, currency: "EUR", period: "month" },
      { name: "Betreuung Plus", price: 690, currency: "EUR", period: "month" },
    ]);
  });

  it("reads no plan from a calculator with a slider and a running total, whatever its heading", () => {
    const calculator = `<section class="konfigurator"><h2>Ihr Projekt</h2>
      <label>Seiten <input type="range" min="1" max="20" value="5"></label>
      <p>Gesamt: <output>1.450 €</output> einmalig, danach 29 € pro Monat</p></section>`;
    expect(plans(page(cards + calculator)).map((plan) => plan.name)).toEqual(["Betreuung Start", "Betreuung Plus"]);
  });
});

describe("statedPrices on a line longer than one price", () => {
  it("reads the fee paid once and the monthly price after it", () => {
    expect(statedPrices("ab 1.547,00 € einmalig, danach 464,10 € im Monat")).toEqual([
      ["ab 1.547,00 € einmalig", { price: 1547, currency: "EUR" }],
      ["danach 464,10 € im Monat", { price: 464.1, currency: "EUR" }],
    ]);
  });

  it("reads both prices of a shorter line whose second price no tail of the first allows", () => {
    expect(statedPrices("ab 1.547 € einmalig, danach 49 € pro Monat")).toEqual([
      ["ab 1.547 € einmalig", { price: 1547, currency: "EUR" }],
      ["danach 49 € pro Monat", { price: 49, currency: "EUR" }],
    ]);
  });

  it("reads the price after a note that the amount before it is paid once", () => {
    expect(statedPrices("einmalig, danach 49 € / Monat")).toEqual([
      ["danach 49 € / Monat", { price: 49, currency: "EUR" }],
    ]);
  });

  it("reads only the leading price of another long line, and nothing of a sentence", () => {
    expect(statedPrices("€ 29 / Monat, monatlich kündbar, inklusive Hosting und Support")).toEqual([
      ["€ 29 / Monat", { price: 29, currency: "EUR" }],
    ]);
    expect(statedPrices("Unbegrenzte Projekte, $5 per extra seat")).toEqual([]);
    expect(statedPrices("Wir beraten Sie gern, rufen Sie uns einfach an")).toEqual([]);
  });
});

describe("extractPricing on a price line over the length of one price", () => {
  it("reads a card's fee paid once and then monthly price, not its request button", () => {
    const cards = grid(
      card("Rundum mit Betreuung", "ab 2.380,00 €<small>einmalig, danach 312,50 € im Monat</small>") +
        card("Nur Betreuung", "ab 390 €<small>im Monat</small>"),
    );
    expect(plans(page(cards))).toEqual([
      { name: "Rundum mit Betreuung", price: 312.5, currency: "EUR", period: "month" },
      { name: "Nur Betreuung", price: 390, currency: "EUR", period: "month" },
    ]);
  });

  it("reads the monthly price from the note after a fee and its net amount", () => {
    const row = (name: string, gross: string, net: string, monthly: string) =>
      `<article class="zeile"><div><h3>${name}</h3><p>Aufbau im ersten Monat, danach laufende Betreuung.</p></div>
       <p class="preis"><span class="p">${gross}</span><span class="netto">${net} netto</span>
       <span class="sub">einmalig, danach<br>${monthly} / Monat</span></p></article>`;
    const rows = `<div class="liste">${row("Komplett Basis", "1.190,00 €", "1.000 €", "357,00 €")}${row("Komplett Plus", "1.428,00 €", "1.200 €", "595,00 €")}</div>`;
    expect(plans(page(rows))).toEqual([
      { name: "Komplett Basis", price: 357, currency: "EUR", period: "month" },
      { name: "Komplett Plus", price: 595, currency: "EUR", period: "month" },
    ]);
  });
});

describe("unitAfter beside a price", () => {
  const priceNode = (html: string) => {
    const doc = parseHtml(`<html><body><div class="card">${html}</div></body></html>`, "https://x.example/");
    const card = doc.querySelector(".card") as Element;
    return unitAfter(card.querySelector(".p") as Element, card);
  };

  it("passes over a price written with a currency code", () => {
    expect(priceNode(`<span class="p">CHF 90</span><span>CHF 84 netto</span><span>pro Nutzer</span>`)).toBe(
      "pro Nutzer",
    );
  });

  it("reads a paid-once note that names the price after it", () => {
    expect(priceNode(`<span class="p">990 €</span><span>einmalig, danach 39 € / Monat</span>`)).toBe(
      "einmalig, danach 39 € / Monat",
    );
  });
});
