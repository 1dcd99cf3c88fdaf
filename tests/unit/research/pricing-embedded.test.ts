import { describe, expect, it } from "vitest";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** Plan cards whose prices a script fills in from the page's own data, and rates that bill by no period. */

function plans(html: string, url = "https://www.larkspur-ops.example/pricing") {
  return extractPricing(parseHtml(html, url))?.plans ?? [];
}

const emptyCard = (name: string) =>
  `<div class="plan-card"><h3>${name}</h3><p class="price"><span class="amount"></span><span class="per"></span></p>
   <ul><li>Shared inbox</li><li>Reports</li></ul><a href="/signup">Start now</a></div>`;

const nextData = (data: unknown) =>
  `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: data }, page: "/pricing" })}</script>`;

describe("extractPricing on prices in embedded page data", () => {
  const tiers = [
    { id: "t1", name: "Starter", monthlyPrice: 19, yearlyPrice: 190, currency: "EUR", features: ["Inbox"] },
    { id: "t2", name: "Growth", monthlyPrice: 49, yearlyPrice: 490, currency: "EUR", features: ["Inbox", "API"] },
    { id: "t3", name: "Enterprise", price: "Contact us", features: ["SSO"] },
  ];
  const page = (data: unknown, title = "Pricing – Larkspur") =>
    `<html><head><title>${title}</title></head><body><h1>Plans for every team</h1><div class="grid">
     ${emptyCard("Starter")}${emptyCard("Growth")}${emptyCard("Enterprise")}</div>${nextData(data)}</body></html>`;

  it("reads the prices of empty plan cards from the Next.js page data", () => {
    expect(plans(page({ tiers }))).toEqual([
      { name: "Starter", price: 19, currency: "EUR", period: "month" },
      { name: "Growth", price: 49, currency: "EUR", period: "month" },
      { name: "Enterprise", onRequest: true },
    ]);
  });

  it("reads plans from a JSON data island with Stripe amounts in cents and their interval", () => {
    const island = `<script type="application/json" data-island="pricing">${JSON.stringify({
      products: [
        { title: "Solo", unit_amount: 1200, currency: "usd", recurring: { interval: "month" } },
        { title: "Team", unit_amount: 3900, currency: "usd", recurring: { interval: "month" } },
      ],
    })}</script>`;
    const html = `<html><head><title>Pricing</title></head><body><h1>Pricing</h1><div class="grid">
      ${emptyCard("Solo")}${emptyCard("Team")}</div>${island}</body></html>`;
    expect(plans(html)).toEqual([
      { name: "Solo", price: 12, currency: "USD", period: "month" },
      { name: "Team", price: 39, currency: "USD", period: "month" },
    ]);
  });

  it("reads a script-rendered shell whose body is empty", () => {
    const shell = `<html><head><title>Preise</title></head><body><div id="__next"></div>${nextData({
      plans: [
        { name: "Basis", price: "9 €" },
        { name: "Profi", price: "29 €" },
      ],
    })}</body></html>`;
    expect(plans(shell, "https://www.larkspur-ops.example/preise")).toEqual([
      { name: "Basis", price: 9, currency: "EUR", period: undefined },
      { name: "Profi", price: 29, currency: "EUR", period: undefined },
    ]);
  });

  it("reads no plans from a product list in the data of a page about something else", () => {
    const shop = `<html><head><title>Garden tools – Larkspur</title></head><body><h1>Tools</h1>
      <div class="grid">${emptyCard("Rake")}${emptyCard("Shovel")}</div>${nextData({
        products: [
          { name: "Rake", price: 19, currency: "EUR" },
          { name: "Shovel", price: 24, currency: "EUR" },
        ],
      })}</body></html>`;
    expect(plans(shop, "https://www.larkspur-ops.example/tools")).toEqual([]);
  });

  it("reads no feature rows as plans when the data's names are not on the page", () => {
    const usage = `<html><head><title>Pricing</title></head><body><h1>Pricing</h1>
      <p>${"Pay for what you use, with volume discounts for larger teams and no setup fee. ".repeat(5)}</p>
      ${nextData({
        rates: [
          { name: "Messages", price: 0.01 },
          { name: "Contacts", price: 0.002 },
        ],
      })}</body></html>`;
    expect(plans(usage)).toEqual([]);
  });
});

describe("extractPricing on price slots filled from data attributes", () => {
  const card = (name: string, monthly: string, yearly: string) =>
    `<div class="col"><div class="card"><h3>${name}</h3>
     <div class="price">€<span class="js-price" data-monthly-price="${monthly}" data-yearly-price="${yearly}"></span>
     <small>/ Monat</small></div><a href="/start">Jetzt testen</a></div></div>`;

  it("reads the monthly price a billing switch writes into an empty slot", () => {
    const html = `<html><head><title>Tarife</title></head><body><div class="switch"><button data-period="month">Monatlich</button>
      <button data-period="year">Jährlich</button></div><div class="row">${card("Start", "15", "12")}${card("Plus", "35", "29")}</div></body></html>`;
    expect(plans(html, "https://www.larkspur-ops.example/tarife")).toEqual([
      { name: "Start", price: 15, currency: "EUR", period: "month" },
      { name: "Plus", price: 35, currency: "EUR", period: "month" },
    ]);
  });

  it("reads no price from a data attribute without a currency near it", () => {
    const html = `<html><head><title>Tarife</title></head><body><div class="row">
      <div class="card"><h3>Start</h3><span data-price="3"></span><p>Drei Nutzer</p></div>
      <div class="card"><h3>Plus</h3><span data-price="10"></span><p>Zehn Nutzer</p></div></div></body></html>`;
    expect(plans(html, "https://www.larkspur-ops.example/tarife")).toEqual([]);
  });
});

describe("extractPricing on calculator slots and rates", () => {
  it("reads no plans from a free monthly and yearly switch whose amounts a script fills", () => {
    const slot = (name: string) =>
      `<div class="pricing-plan"><h2 class="pricing-plan__title">${name}</h2><p><span id="${name}-total">0.00</span>€</p>
       <span>Kosten pro Monat je Mitarbeiter</span><a href="/signup">Jetzt kostenlos testen!</a></div>`;
    const html = `<html><head><title>Larkspur - Preise</title></head><body><h2>Faire Preise für jeden Betrieb.</h2>
      <div class="switch">${slot("Monatlich")}${slot("Jährlich")}</div><p>Alle Preise zzgl. MwSt.</p></body></html>`;
    expect(plans(html, "https://www.larkspur-ops.example/preise/")).toEqual([]);
  });

  it("keeps a free plan named by its billing when another plan costs money", () => {
    const card = (name: string, price: string) =>
      `<div class="card"><h3>${name}</h3><p class="price">${price}</p></div>`;
    const html = `<html><head><title>Pricing</title></head><body><div class="grid">${card("Monthly", "$12 / month")}${card("Yearly", "$120 / year")}</div></body></html>`;
    expect(plans(html)).toEqual([
      { name: "Monthly", price: 12, currency: "USD", period: "month" },
      { name: "Yearly", price: 120, currency: "USD", period: "year" },
    ]);
  });

  it("reads an hourly rate without the monthly period a feature line names", () => {
    const rate = (name: string, price: string, feature: string) =>
      `<div class="rate"><h2>${name}</h2><div class="row"><span class="big">${price}</span><span>/ Stunde</span></div>
       <ul><li>${feature}</li></ul></div>`;
    const html = `<html><head><title>Preise</title></head><body><div class="grid">${rate("Beratung", "110 €", "Workshops vor Ort")}${rate("Wartung", "80 €", "Auf Wunsch monatliches Pauschalmodell")}</div></body></html>`;
    expect(plans(html, "https://www.larkspur-ops.example/preise")).toEqual([
      { name: "Beratung", price: 110, currency: "EUR", period: undefined },
      { name: "Wartung", price: 80, currency: "EUR", period: undefined },
    ]);
  });
});

describe("extractPricing on prices paid once", () => {
  it("reads a lifetime licence as paid once, whatever its card says of monthly updates", () => {
    const card = (name: string, price: string, note: string) =>
      `<div class="plan"><h3>${name}</h3><p class="price"><b>${price}</b> <span>${note}</span></p><ul><li>Monthly updates</li></ul></div>`;
    const html = `<html><head><title>Pricing</title></head><body><div class="grid">${card("Personal", "$49", "lifetime")}${card("Studio", "$149", "one-off")}</div></body></html>`;
    expect(plans(html)).toEqual([
      { name: "Personal", price: 49, currency: "USD", period: "once" },
      { name: "Studio", price: 149, currency: "USD", period: "once" },
    ]);
  });
});

describe("extractPricing on plan cards split into sections", () => {
  const card = (name: string, price: string, note: string) =>
    `<div class="plan"><h2>${name}</h2><p><em>Für kleine Teams</em></p><h3>Lizenz</h3><ul><li>Jahreslizenz</li></ul>
     <h3>Bezahlen</h3><ul><li>Rechnung</li></ul><div class="buy"><p><strong>${price}</strong> <em>${note}</em></p></div></div>`;

  it("reads each card's name from its top heading, not from the section that holds its price", () => {
    const html = `<html><head><title>Preise</title></head><body><h1>Lizenzen</h1><div class="plans">
      <div class="plan"><h2>Offen</h2><h3>Lizenz</h3><ul><li>Quelloffen</li></ul><div class="buy"><p><strong>frei</strong></p></div></div>
      ${card("Klein", "400 €", "pro Firma / Jahr")}${card("Mittel", "1200 €", "pro Firma / Jahr")}
      <div class="plan"><h2>Konzern</h2><h3>Lizenz</h3><ul><li>Jahreslizenz</li></ul><a href="mailto:sales@larkspur-ops.example">Kontaktiere uns</a></div>
      </div></body></html>`;
    expect(plans(html, "https://www.larkspur-ops.example/preise")).toEqual([
      { name: "Offen", price: 0, period: undefined },
      { name: "Klein", price: 400, currency: "EUR", period: "year" },
      { name: "Mittel", price: 1200, currency: "EUR", period: "year" },
      { name: "Konzern", onRequest: true },
    ]);
  });
});

describe("extractPricing on card titles set inline before their tagline", () => {
  it("reads the title element when the card's first line runs the name into its tagline, not a credit pack as a plan", () => {
    const card = (name: string, tagline: string, price: string, unit: string) =>
      `<div class="tierCard_x1"><div class="tierHeader_x2"><span class="tierTitle_x3">${name}</span><span class="tierDesc_x4">${tagline}</span></div>
       <div class="tierBody_x5"><span class="tierListTitle_x6">Workspace</span><div>Audit logs</div><div>Public apps</div></div>
       <div class="tierFooter_x7"><div><span class="num">$<!-- -->${price}</span><span class="unit">${unit}</span></div><a href="/up">Upgrade</a></div></div>`;
    const html = `<html><head><title>Pricing</title></head><body><div class="tiers">${card("Premium", "Upgrade your team to the tools it needs", "25", "/month/editor")}${card("Credits", "Pay for storage and traffic", "12", "/month/10k credits")}</div></body></html>`;
    expect(plans(html)).toEqual([{ name: "Premium", price: 25, currency: "USD", period: "month", perSeat: true }]);
  });
});
