import { describe, expect, it } from "vitest";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** Plan cards whose period stands beside the price, and free cards that show no amount. */

function plans(html: string, url = "https://www.moorfeld.example/preise") {
  return extractPricing(parseHtml(html, url))?.plans ?? [];
}

describe("extractPricing reads the period beside the price", () => {
  const card = (name: string, price: string, unit: string, feature: string) =>
    `<article class="price-card"><p class="price-label">Flexibel</p><h3>${name}</h3>
     <p class="price"><strong>${price}</strong><span>${unit}</span></p>
     <ul><li>${feature}</li><li>Lokale Ablage und Volltextsuche</li></ul></article>`;
  const page = `<html><head><title>Preise</title></head><body><h1>Preise</h1><div class="pricing-grid">
    ${card("Monatsabo", "12,50 €", "/ Monat", "Jederzeit kündbar")}
    ${card("Jahresabo", "120 €", "/ Jahr", "Gleicher Umfang wie monatlich")}
  </div></body></html>`;

  it("takes the unit after the amount over a feature line that names another period", () => {
    expect(plans(page)).toEqual([
      { name: "Monatsabo", price: 12.5, currency: "EUR", period: "month" },
      { name: "Jahresabo", price: 120, currency: "EUR", period: "year" },
    ]);
  });
});

describe("extractPricing on a grid of cards named in plain blocks", () => {
  const named = (name: string, body: string) =>
    `<div class="col-3"><div class="shadow rounded"><div class="p-2 border-bottom">${name}</div>
     <div class="p-3">${body}<ul><li>Berichte</li><li>Forum-Support</li></ul></div></div></div>`;
  const priced = (amount: string) =>
    `<p class="lh-1"><span class="currency">€</span><span class="price">${amount}</span><span class="period">/Monat</span></p>`;
  const page = `<html><head><title>Preise</title></head><body><h1>Preise</h1>
    <ol><li>$3.000/Monat: <strong>laufende Kosten gedeckt</strong></li></ol>
    <div class="row">
      ${named("Kostenlos", "")}
      ${named("Einzeln", priced("7"))}
      ${named("Agentur", priced("49"))}
    </div></body></html>`;

  it("keeps the free card that shows no amount beside the priced ones", () => {
    expect(plans(page)).toEqual([
      { name: "Kostenlos", price: 0 },
      { name: "Einzeln", price: 7, currency: "EUR", period: "month" },
      { name: "Agentur", price: 49, currency: "EUR", period: "month" },
    ]);
  });

  it("takes no free card from a grid of product cards without billed prices", () => {
    const shop = `<html><head><title>Shop</title></head><body><div class="row">
      ${named("Kostenlos", "")}${named("Tasse", "<p>€ 12</p>")}${named("Poster", "<p>€ 25</p>")}
    </div></body></html>`;
    expect(plans(shop, "https://www.moorfeld.example/shop")).toEqual([]);
  });
});
