import { describe, expect, it } from "vitest";
import { isPlanName } from "../../../lib/research/plan-cards";
import { isPackPrice, isPerSeat } from "../../../lib/research/plan-units";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/**
 * Headings that title a group of plans, sections around a comparison table, cards called price cards, and
 * prices per device.
 */

function plans(html: string, url = "https://www.harrowgate-it.example/pricing/") {
  return extractPricing(parseHtml(html, url))?.plans ?? [];
}

describe("isPlanName on group titles and compound names", () => {
  it.each(["Monthly home plans", "Business plans", "Unsere Pakete", "Our packages"])("%s titles a group", (text) => {
    expect(isPlanName(text)).toBe(false);
  });

  it.each(["FAQ-Chatbot", "Help-Desk Pro", "Team Plan"])("%s may name a plan", (text) => {
    expect(isPlanName(text)).toBe(true);
  });

  it.each(["FAQ", "Hilfe", "Häufige Fragen"])("%s is a help heading", (text) => {
    expect(isPlanName(text)).toBe(false);
  });
});

describe("extractPricing on a comparison table between prose sections", () => {
  const page = `<html><head><title>Pricing | Harrowgate IT</title></head><body><main>
    <section class="hero"><h1>Honest pricing</h1><p>Support from £15.50/month per computer.</p></section>
    <section class="section"><div class="wrap"><h2>What's included, at a glance</h2>
      <table class="cmp"><thead><tr><th>Feature</th><th>Home Care</th><th>Office Care</th></tr></thead><tbody>
        <tr><th>Remote help</th><td>✓</td><td>✓</td></tr>
        <tr><th>On-site visits</th><td>On request</td><td>✓</td></tr>
        <tr class="price"><th>From</th><td>£15.50<span>/mo per computer</span></td><td>from £21.00<span>/mo per computer</span></td></tr>
      </tbody></table></div></section>
    <section class="section"><div class="wrap"><h2>Monthly support vs the alternatives</h2>
      <table class="cmp"><thead><tr><th></th><th>Pay per fix</th><th>Harrowgate</th></tr></thead><tbody>
        <tr><th>Cost</th><td>£0 until it breaks</td><td>From £15.50/mo, no contract</td></tr>
      </tbody></table></div></section>
    <section class="section"><div class="prose">
      <h2>Monthly home plans</h2><p>Friendly support for families at <strong>£15.50/month per computer</strong>, see our home page.</p>
      <h2>Monthly office plans</h2><p>Reliable support for small offices from <strong>£21.00/month per computer</strong>, tailored to you.</p>
    </div></section></main></body></html>`;

  it("reads the plans the table's head names, not the prose headings nor the sections around the tables", () => {
    expect(plans(page).map(({ name, price }) => ({ name, price }))).toEqual([
      { name: "Home Care", price: 15.5 },
      { name: "Office Care", price: 21 },
    ]);
  });
});

describe("extractPricing on cards called price cards", () => {
  const card = (name: string, price: string) =>
    `<article class="price-card"><div class="price-name">${name}</div>
     <div class="price-amount">${price}<small> / order</small></div>
     <p class="price-desc">Everything a small release needs.</p><ul><li>Ten reviewers</li><li>Report</li></ul>
     <a class="btn" href="#order">Order ${name}</a></article>`;

  it("reads service packages priced per order, named by no heading", () => {
    const page = `<html><head><title>Pricing | Quillby Review</title></head><body><h1>Simple pricing</h1>
      <div class="pricing">${card("Starter", "$19.99")}${card("Studio", "$44.99")}</div>
      <section class="reviews"><p class="quote">"Best $20 I ever spent on a release."</p></section></body></html>`;
    expect(plans(page, "https://www.quillby.example/pricing/")).toEqual([
      { name: "Starter", price: 19.99, currency: "USD", period: "once" },
      { name: "Studio", price: 44.99, currency: "USD", period: "once" },
    ]);
  });
});

describe("isPerSeat on a price per device", () => {
  it.each(["£15.50 /mo per computer", "€4 pro Gerät und Monat", "$3 per device / month", "$6 per endpoint"])(
    "%s is billed per seat",
    (text) => {
      expect(isPerSeat(text)).toBe(true);
    },
  );

  it("reads a count of devices after its price as seats, not a pack", () => {
    expect(isPackPrice("€20 pro 5 Geräte")).toBe(false);
    expect(isPerSeat("Up to 3 devices")).toBe(false);
  });
});
