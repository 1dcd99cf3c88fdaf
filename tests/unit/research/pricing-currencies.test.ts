import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayHoldPrice, parseNumber, parsePrice } from "../../../lib/research/price";
import { extractPricing } from "../../../lib/research/pricing";
import { clean } from "../../../lib/research/text";
import { parseHtml } from "./fixtures";

/** Price ranges with one currency sign, and currencies beyond euro and dollar, as pricing pages write them. */

function plans(html: string, url = "https://www.birkenfeld-tools.example/preise") {
  return extractPricing(parseHtml(`<body>${html}</body>`, url))?.plans ?? [];
}

describe("parsePrice on ranges whose currency follows the upper amount", () => {
  it.each([
    ["400 – 900 €", 400, "EUR"],
    ["400-900 EUR", 400, "EUR"],
    ["1.800 – 4.000 €", 1800, "EUR"],
    ["von 49 bis 99 € pro Monat", 49, "EUR"],
    ["$10–20 per seat", 10, "USD"],
    ["10 to 20 USD / month", 10, "USD"],
    ["ab 19,90 – 39,90 € mtl.", 19.9, "EUR"],
  ])("reads %s by its lower amount", (text, price, currency) => {
    expect(parsePrice(text)).toEqual({ price, currency });
  });
});

describe("parsePrice on more currencies", () => {
  it.each([
    ["₹499", 499, "INR"],
    ["₹ 1,499 / month", 1499, "INR"],
    ["₹1,49,999", 149999, "INR"],
    ["INR 999 per user", 999, "INR"],
    ["999 INR", 999, "INR"],
    ["Rs. 2,500", 2500, "INR"],
    ["CHF 49", 49, "CHF"],
    ["49 CHF / Monat", 49, "CHF"],
    ["Fr. 49.–", 49, "CHF"],
    ["Fr. 49.- pro Monat", 49, "CHF"],
    ["SFr. 120.—", 120, "CHF"],
    ["CHF 1’200.–", 1200, "CHF"],
    ["£49", 49, "GBP"],
    ["49 GBP per month", 49, "GBP"],
    ["US$ 29", 29, "USD"],
    ["A$49 / mo", 49, "AUD"],
    ["1 200 € / Jahr", 1200, "EUR"],
  ])("reads %s", (text, price, currency) => {
    expect(parsePrice(text)).toEqual({ price, currency });
  });

  it.each([
    "2019 – 2024",
    "v2.4 – 3.0",
    "10 – 20 %",
    "99.9%",
    "24/7",
    "+41 44 123 45 67",
    "Fr. 12.05",
    "Fr. 9.3.",
    "Hours 24",
    "RS 500",
    "€ 29 - 12 Monate",
  ])("takes %s for no price", (text) => {
    expect(parsePrice(text)).toBeUndefined();
  });

  it("reads Swiss and Indian digit groups", () => {
    expect(parseNumber("1’250")).toBe(1250);
    expect(parseNumber("12,34,567")).toBe(1234567);
  });
});

describe("mayHoldPrice with the added currencies", () => {
  it("is true for every text that reads as a price once cleaned", () => {
    const piece = fc.constantFrom(
      "₹",
      "INR",
      "Rs.",
      "US$",
      "Fr.",
      "CHF",
      "€",
      "4",
      "1,49",
      ".–",
      "’",
      " – ",
      " bis ",
      " ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const text = pieces.join("");
        if (parsePrice(clean(text))) expect(mayHoldPrice(text), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("extractPricing on cards priced in ranges and other currencies", () => {
  it("reads plan cards whose names are no headings and whose prices are ranges", () => {
    const card = (name: string, price: string) =>
      `<div class="tarif"><p class="tarif__title">${name}</p><p class="tarif__price">${price}</p>
        <ul><li>Einrichtung inklusive</li><li>Support per E-Mail</li></ul><a href="#kontakt">Anfragen</a></div>`;
    const found = plans(
      `<h1>Preise</h1><div class="tarife">${card("Kompakt", "von 49 bis 99 € pro Monat")}${card(
        "Erweitert",
        "von 149 bis 249 € pro Monat",
      )}${card("Konzern", "Auf Anfrage")}</div>`,
    );
    expect(found).toEqual([
      { name: "Kompakt", price: 49, currency: "EUR", period: "month" },
      { name: "Erweitert", price: 149, currency: "EUR", period: "month" },
      { name: "Konzern", onRequest: true },
    ]);
  });

  it("reads seat prices given as a range with one currency sign", () => {
    const card = (name: string, price: string) =>
      `<div class="tier"><div class="tier-title">${name}</div><div class="tier-cost">${price}</div>
        <p>Everything in the editor, plus shared boards.</p><a href="/signup">Start now</a></div>`;
    const found = plans(
      `<div class="tiers">${card("Crew", "$10–20 per seat")}${card("Studio", "$25–40 per seat")}${card(
        "Agency",
        "Talk to us",
      )}</div>`,
      "https://www.quillboard.example/pricing",
    );
    expect(found.map((plan) => [plan.name, plan.price, plan.onRequest])).toEqual([
      ["Crew", 10, undefined],
      ["Studio", 25, undefined],
      ["Agency", undefined, true],
    ]);
  });

  it("reads rupee and Swiss franc prices on plan cards", () => {
    const card = (name: string, price: string) =>
      `<div class="plan"><h3>${name}</h3><div class="amount">${price}</div><a href="/signup">Start</a></div>`;
    const rupees = plans(`<div class="grid">${card("Solo", "₹499 / month")}${card("Team", "₹1,499 / month")}</div>`);
    expect(rupees.map((plan) => [plan.name, plan.price, plan.currency])).toEqual([
      ["Solo", 499, "INR"],
      ["Team", 1499, "INR"],
    ]);
    const francs = plans(
      `<div class="grid">${card("Basis", "Fr. 29.– / Monat")}${card("Plus", "Fr. 59.– / Monat")}</div>`,
    );
    expect(francs.map((plan) => [plan.name, plan.price, plan.currency])).toEqual([
      ["Basis", 29, "CHF"],
      ["Plus", 59, "CHF"],
    ]);
  });

  it("takes no plans from a release timeline, a status line and a support line", () => {
    const found = plans(
      `<div class="grid"><div><h3>Version 2.4</h3><p>2019 – 2024</p></div><div><h3>Uptime</h3><p>99.9%</p></div>
        <div><h3>Support</h3><p>24/7</p><p>+41 44 123 45 67</p></div></div>`,
    );
    expect(found).toEqual([]);
  });
});

describe("British price forms", () => {
  it.each([
    ["£95pm", 95],
    ["£40 pcm", 40],
    ["£480 p.a.", 480],
    ["£50 ex VAT", 50],
    ["£50 +VAT P/M", 50],
  ])("reads %s", (text, price) => {
    expect(parsePrice(text)).toEqual({ price, currency: "GBP" });
  });

  it("reads the period of plan cards priced per month or per annum, not a time of day", () => {
    const card = (name: string, price: string, note: string) =>
      `<div class="card"><p class="plan">${name}</p><h3><span class="symbol">£</span><span>${price}</span></h3><p>${note}</p></div>`;
    const found = plans(
      `<div class="cards">${card("Sole Trader", "95pm", "Support until 5pm")}${card("Practice", "960 p.a.", "Support until 5pm")}${card(
        "Clinic",
        "150",
        "Calls answered until 5pm",
      )}</div>`,
      "https://www.ledgerlane.example/pricing",
    );
    expect(found.map((plan) => [plan.name, plan.price, plan.period])).toEqual([
      ["Sole Trader", 95, "month"],
      ["Practice", 960, "year"],
      ["Clinic", 150, undefined],
    ]);
  });
});
