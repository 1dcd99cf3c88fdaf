import { describe, expect, it } from "vitest";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** What a plan's price counts (users, seats, packs, hours), and prices in the page data of script-rendered sites. */

function plans(html: string, url = "https://www.quillmoor.example/pricing") {
  return extractPricing(parseHtml(html, url))?.plans ?? [];
}

const page = (cards: string, title = "Pricing – Quillmoor") =>
  `<html><head><title>${title}</title></head><body><h1>Plans</h1><div class="grid">${cards}</div></body></html>`;

const card = (name: string, price: string, ...lines: string[]) =>
  `<div class="plan"><h3>${name}</h3><div class="price">${price}</div>${lines.map((line) => `<p>${line}</p>`).join("")}
   <a href="/signup">Start</a></div>`;

describe("extractPricing on prices per user or seat", () => {
  it.each([
    ["$12 per user / month"],
    ["$12/user/mo"],
    ["$12 per seat per month"],
    ["$12 per agent / month"],
    ["12 € pro Nutzer / Monat"],
    ["12 € je Benutzer und Monat"],
    ["12 €/Nutzer/Monat"],
    ["12 € pro Lizenz / Monat"],
    ["12 € pro Mitarbeiter und Monat"],
  ])("marks %s as per seat", (price) => {
    const found = plans(page(card("Team", price, "Shared inbox") + card("Business", "$99 / month", "Reports")));
    expect(found[0]).toMatchObject({ name: "Team", price: 12, period: "month", perSeat: true });
    expect(found[1]?.perSeat).toBeUndefined();
  });

  it("reads the seat from the unit line set below the price", () => {
    const unitCard = (name: string, price: string, unit: string) =>
      `<div class="plan"><h3>${name}</h3><div class="price"><span class="amount">${price}</span><span class="unit">${unit}</span></div><p>Shared inbox</p></div>`;
    const below = (name: string, price: string, unit: string) =>
      `<div class="plan"><h3>${name}</h3><div class="price"><strong>${price}</strong></div><p class="per">${unit}</p><p>Shared inbox</p></div>`;
    const twice = (name: string, price: string, unit: string) =>
      `<div class="plan"><h3>${name}</h3><div class="price"><b>${price}</b> <small>$120 / year</small></div><p>${unit}</p><p>Shared inbox</p></div>`;
    const glued = (name: string, price: string, unit: string) =>
      `<div class="plan"><h3>${name}</h3><p class="price">${price}<span class="suffix">${unit}</span></p><p>Shared inbox</p></div>`;
    const found = plans(
      page(
        unitCard("Team", "€ 8", "/ seat / month") +
          below("Pro", "€ 0,90", "pro Benutzer / Monat") +
          glued("Max", "€ 1.50", "pro Benutzer / Monat") +
          twice("Duo", "$12", "per user, per month"),
      ),
    );
    expect(found).toEqual([
      { name: "Team", price: 8, currency: "EUR", period: "month", perSeat: true },
      { name: "Pro", price: 0.9, currency: "EUR", period: "month", perSeat: true },
      { name: "Max", price: 1.5, currency: "EUR", period: "month", perSeat: true },
      { name: "Duo", price: 12, currency: "USD", period: "month", perSeat: true },
    ]);
  });

  it("reads no seat price from user counts in a card", () => {
    const found = plans(
      page(
        card("Solo", "$19 / month", "Up to 5 users", "Unlimited users on read-only") +
          card("Team", "$49 / month", "For teams of 10", "25 users included") +
          card("Agency", "$99 / month", "Unlimited users", "$5 per additional user"),
      ),
    );
    expect(found.map((plan) => plan.perSeat)).toEqual([undefined, undefined, undefined]);
  });

  it("reads a per-seat price from a comparison table", () => {
    const html = `<html><head><title>Pricing</title></head><body><table>
      <tr><th></th><th>Basic</th><th>Team</th></tr>
      <tr><td>Price</td><td>$0 / month</td><td>$15 per user / month</td></tr></table></body></html>`;
    expect(plans(html)).toEqual([
      { name: "Basic", price: 0, currency: "USD", period: "month" },
      { name: "Team", price: 15, currency: "USD", period: "month", perSeat: true },
    ]);
  });
});

describe("extractPricing on extras beside plans", () => {
  it("reads no credit pack or add-on listed beside subscription plans", () => {
    const found = plans(
      page(
        card("Starter", "€19 / month", "100 credits a month") +
          card("Growth", "€49 / month", "500 credits a month") +
          card("Credit pack", "€49", "1,000 credits, valid for a year") +
          card("Booster", "€10 / 500 credits", "Use them any time"),
      ),
    );
    expect(found.map((plan) => plan.name)).toEqual(["Starter", "Growth"]);
  });

  it("reads no hourly rate card beside subscription plans", () => {
    const found = plans(
      page(
        card("Basis", "29 € / Monat", "Hosting") +
          card("Plus", "59 € / Monat", "Backups") +
          card("Support", "95 € pro Stunde", "Auf Abruf"),
      ),
      "https://www.quillmoor.example/preise",
    );
    expect(found.map((plan) => plan.name)).toEqual(["Basis", "Plus"]);
  });

  it("keeps a page of packs only as its prices", () => {
    const found = plans(page(card("Small", "€10", "for 100 credits") + card("Large", "€40", "for 500 credits")));
    expect(found.map((plan) => plan.name)).toEqual(["Small", "Large"]);
  });
});

describe("extractPricing on prices in a script-rendered page's data", () => {
  const emptyCard = (name: string) =>
    `<div class="plan"><h3>${name}</h3><p class="price"><span class="amount"></span></p><ul><li>Inbox</li></ul></div>`;
  const shell = (data: string) =>
    `<html><head><title>Pricing – Quillmoor</title></head><body><h1>Pricing</h1><div class="grid">${emptyCard("Starter")}${emptyCard("Team")}</div>${data}</body></html>`;
  const expected = [
    { name: "Starter", price: 9, currency: "EUR", period: "month" },
    { name: "Team", price: 29, currency: "EUR", period: "month", perSeat: true },
  ];

  it("reads Nuxt page data, a flat array whose objects hold indexes into it", () => {
    const flat = [
      ["ShallowReactive", 1],
      { data: 2 },
      { plans: 3 },
      [4, 8],
      { name: 5, monthlyPrice: 6, currency: 7 },
      "Starter",
      9,
      "EUR",
      { name: 9, monthlyPrice: 10, currency: 7, unit: 11 },
      "Team",
      29,
      "per user / month",
    ];
    const data = `<script type="application/json" id="__NUXT_DATA__" data-ssr="true">${JSON.stringify(flat)}</script>`;
    expect(plans(shell(data))).toEqual(expected);
  });

  it("reads the flight data a Next.js app router page pushes in its scripts", () => {
    const row = `7:["$","$L8",null,${JSON.stringify({
      tiers: [
        { name: "Starter", priceMonthly: 9, currency: "EUR" },
        { name: "Team", priceMonthly: 29, currency: "EUR", price_period: "per seat / month" },
      ],
    })}]\n`;
    const push = (text: string) => `<script>self.__next_f.push(${JSON.stringify([1, text])})</script>`;
    const data = `<script>(self.__next_f=self.__next_f||[]).push([0])</script>${push('0:["$","div",null,{}]\n')}${push(row.slice(0, 40))}${push(row.slice(40))}`;
    expect(plans(shell(data))).toEqual(expected);
  });

  it("reads the props of an Astro island, whose values are kind and value pairs", () => {
    const tier = (name: string, price: number, unit: string) => [
      0,
      { name: [0, name], price: [0, price], currency: [0, "EUR"], interval: [0, "month"], unit: [0, unit] },
    ];
    const props = JSON.stringify({ plans: [1, [tier("Starter", 9, "workspace"), tier("Team", 29, "/user")]] });
    const data = `<astro-island uid="x1" component-url="/_astro/Pricing.js" props="${props.replaceAll('"', "&quot;")}"></astro-island>`;
    expect(plans(shell(data))).toEqual(expected);
  });

  it("reads no plans from flight data on a page about something else", () => {
    const row = `3:${JSON.stringify({
      items: [
        { name: "Rake", price: 19 },
        { name: "Shovel", price: 24 },
      ],
    })}\n`;
    const html = `<html><head><title>Garden tools</title></head><body><h1>Tools</h1><script>self.__next_f.push(${JSON.stringify([1, row])})</script></body></html>`;
    expect(plans(html, "https://www.quillmoor.example/tools")).toEqual([]);
  });
});

describe("extractPricing on cards named by a label above their tagline", () => {
  it("reads the label as the plan's name and a note after a middle dot as no part of its price", () => {
    const tier = (label: string, tagline: string, price: string, cta: string) =>
      `<article class="price"><div><span class="eyebrow">${label}</span><h3>${tagline}</h3></div>
       <div class="price-tag">${price}</div><ul><li>Alle Module</li></ul><a href="#cta">${cta}</a></article>`;
    const html = `<html><head><title>Quillmoor</title></head><body><section id="preise"><h2>Preise</h2><div class="grid">
      ${tier("Start", "Für Solo &amp; kleine Teams", '<span class="num">29</span><span class="per">€ / Monat · pro Nutzer</span>', "Paket wählen")}
      ${tier("Pro", "Für wachsende Betriebe", '<span class="num">99</span><span class="per">€ / Monat · Team bis 10</span>', "Demo vereinbaren")}
      ${tier("Enterprise", "Für Mittelstand", '<span class="num">Ab Gespräch</span>', "Gespräch anfragen")}
      </div></section></body></html>`;
    expect(plans(html, "https://www.quillmoor.example/")).toEqual([
      { name: "Start", price: 29, currency: "EUR", period: "month", perSeat: true },
      { name: "Pro", price: 99, currency: "EUR", period: "month" },
      { name: "Enterprise", onRequest: true },
    ]);
  });
});
