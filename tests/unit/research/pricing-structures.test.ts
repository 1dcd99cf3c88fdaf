import { describe, expect, it } from "vitest";
import { parsePrice } from "../../../lib/research/price";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** Pricing page structures as site builders and component libraries render them. */

function planNames(body: string, url = "https://www.example-saas.example/pricing"): string[] | undefined {
  return extractPricing(parseHtml(`<body>${body}</body>`, url))?.plans.map((plan) => plan.name);
}

describe("parsePrice on the ways prices are written", () => {
  it.each([
    ["19,- €", 19, "EUR"],
    ["CHF 5.–", 5, "CHF"],
    ["CHF 8.50 pro Mitarbeitende/Monat", 8.5, "CHF"],
    ["€ 29 90 pro Monat", 29.9, "EUR"],
    ["99 € zzgl. MwSt.", 99, "EUR"],
    ["49 € netto / Monat", 49, "EUR"],
    ["199 € mtl.", 199, "EUR"],
    ["$12 USD/mo", 12, "USD"],
    ["$29 per user/month, billed annually", 29, "USD"],
    ["ab 990 € einmalig", 990, "EUR"],
  ])("reads %s", (text, price, currency) => {
    expect(parsePrice(text)).toEqual({ price, currency });
  });

  it.each(["€12M", "$5 million", "Preis: 8 €", "5 € Rabatt", "€ 29 12 Monate"])("takes %s for no price", (text) => {
    expect(parsePrice(text)).toBeUndefined();
  });
});

describe("extractPricing on plan cards", () => {
  it("takes neither the section heading above the grid nor a ribbon heading for plans", () => {
    const names = planNames(
      `<section><h2>Pricing</h2><p>Plans for every team</p><div class="grid">
        <div><h3>Monthly</h3><h2>$19<span>/mo</span></h2><a href="#">Start</a></div>
        <div><div class="flex"><h3>Yearly</h3><h4>Most popular</h4></div><h2>$9<span>/mo</span></h2></div>
        <div><h3>Quarterly</h3><h2>$14<span>/mo</span></h2></div></div></section>
       <section><h2>Questions</h2><h4>Need help?</h4><p>Write to us.</p></section>`,
    );
    expect(names).toEqual(["Monthly", "Yearly", "Quarterly"]);
  });

  it("keeps an enterprise box below the grid, not questions or help sections with a contact link", () => {
    const names = planNames(
      `<main><section class="pricing"><div class="grid">
        <div class="card"><h2>Privat</h2><p>4,90 € / Monat</p></div>
        <div class="card"><h2>Verwalter</h2><p>24,90 € / Monat</p></div></div>
        <div class="banner"><h2>Konzern</h2><p>Eigene Verträge und SSO</p><a href="/kontakt">Vertrieb kontaktieren</a></div></section>
       <section class="faq"><h2>Häufige Fragen</h2><p>Noch Fragen?</p><a href="/kontakt">Kontakt aufnehmen</a></section>
       <section><h2>Noch unsicher?</h2><a href="/kontakt">Contact us</a></section></main>`,
      "https://www.mietwolke.example/preise",
    );
    expect(names).toEqual(["Privat", "Verwalter", "Konzern"]);
  });

  it("reads names from classes that call them a plan's, tier's or package's name or title", () => {
    const names = planNames(
      `<div class="pricing-card"><div class="pricing-card__badge">Most popular</div><div class="pricing-card__name">Growth</div><div>$79</div><div>per month</div></div>
       <div class="pricing-card"><div class="pricing-card__name">Scale</div><div>$199</div><div>per month</div></div>
       <div class="pricing-card"><div class="pricing-card__name">Enterprise</div><div>Custom</div><a href="/demo">Let's talk</a></div>`,
    );
    expect(names).toEqual(["Growth", "Scale", "Enterprise"]);
    const packages = planNames(
      `<div class="package"><span class="package-name">Onepager</span><p>ab 990 €</p><p>einmalig</p></div>
       <div class="package"><span class="package-badge">Meistgewählt</span><span class="package-name">Business</span><p>ab 2.490 €</p></div>
       <div class="package"><span class="package-name">Individuell</span><p>Preis auf Anfrage</p></div>`,
      "https://www.webschmiede-nord.example/preise",
    );
    expect(packages).toEqual(["Onepager", "Business", "Individuell"]);
  });

  it("reads a price whose currency, amount and cents stand in their own elements", () => {
    const card = (name: string, euros: string, cents: string) =>
      `<div class="price-table"><h3 class="price-table__heading">${name}</h3>
        <div class="price-table__price">
          <span class="currency">€</span><span class="integer">${euros}</span>
          <div class="after"><span class="fraction">${cents}</span></div>
          <span class="period">pro Monat</span>
        </div></div>`;
    const pricing = extractPricing(
      parseHtml(
        `<body><div>${card("Basis", "29", "90")}</div><div>${card("Kanzlei", "79", "90")}</div></body>`,
        "https://www.aktenwerk.example/preise",
      ),
    );
    expect(pricing?.plans).toEqual([
      { name: "Basis", price: 29.9, currency: "EUR", period: "month" },
      { name: "Kanzlei", price: 79.9, currency: "EUR", period: "month" },
    ]);
  });

  it("reads plans listed as headings with their prices between them", () => {
    const pricing = extractPricing(
      parseHtml(
        `<body><article><h2>Support</h2><p>Three tiers of support.</p>
          <h3>Community</h3><p>Forum only.</p><p><strong>Kostenlos</strong></p>
          <h3>Standard</h3><p>Business hours.</p><p>490 € / Monat</p>
          <h3>Enterprise</h3><p>Around the clock.</p><p><strong>Auf Anfrage</strong></p></article></body>`,
        "https://www.clusterwerk.example/preise",
      ),
    );
    expect(pricing?.plans).toEqual([
      { name: "Community", price: 0, period: undefined },
      { name: "Standard", price: 490, currency: "EUR", period: "month" },
      { name: "Enterprise", onRequest: true },
    ]);
  });
});

describe("extractPricing on plans named without headings", () => {
  it("finds the cards from their prices and names each by its first line", () => {
    const card = (name: string, price: string, badge = "") =>
      `<div class="rounded-xl border p-6"><div class="flex"><p class="text-lg font-semibold">${name}</p>${badge}</div>
        <p class="text-sm">For teams that grow</p><p><span class="text-4xl">${price}</span><span>/mo</span></p><a href="/signup">Start</a></div>`;
    const names = planNames(
      `<main><h1>Plans</h1><div class="grid">${card("Hobby", "$0")}${card("Pro", "$25", '<span class="badge">Most popular</span>')}
       ${card("Team", "$599")}</div></main>`,
    );
    expect(names).toEqual(["Hobby", "Pro", "Team"]);
  });

  it("takes a shop's product grid for no plans", () => {
    const product = (name: string, price: string) =>
      `<li class="product"><a href="/p"><div class="product-name">${name}</div><span class="price">${price}</span></a><a href="?add">In den Warenkorb</a></li>`;
    const pricing = extractPricing(
      parseHtml(
        `<body><main><h1>Kaffeebohnen</h1><ul>${product("Espresso Forte", "12,90 €")}${product("Caffè Lungo", "11,50 €")}</ul></main></body>`,
        "https://www.roestwerk.example/shop",
      ),
    );
    expect(pricing).toBeUndefined();
  });

  it("reads a comparison table whose columns are the plans", () => {
    const names = planNames(
      `<main><h1>Compare plans</h1><table><thead><tr><th></th><th>Starter</th><th>Pro</th><th>Business</th></tr></thead>
       <tbody><tr><td>Price</td><td>$0</td><td>$15/mo</td><td>$45/mo</td></tr>
       <tr><td>Forms</td><td>3</td><td>Unlimited</td><td>Unlimited</td></tr></tbody></table></main>`,
    );
    expect(names).toEqual(["Starter", "Pro", "Business"]);
  });
});
