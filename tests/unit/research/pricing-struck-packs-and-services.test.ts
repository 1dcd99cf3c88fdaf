import { describe, expect, it } from "vitest";
import { parsePrice } from "../../../lib/research/price";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** Struck prices before the current one, packs of the product's own unit, one-off services and tax notes. */

function plans(html: string, url = "https://www.quillmoor.example/pricing") {
  return extractPricing(parseHtml(html, url))?.plans ?? [];
}

const page = (cards: string, title = "Pricing") =>
  `<html><head><title>${title}</title></head><body><h1>${title}</h1><div class="grid">${cards}</div></body></html>`;

const card = (name: string, price: string, extra = "") =>
  `<div class="card"><h3>${name}</h3>${price}<ul><li>Shared inbox</li><li>Reports</li></ul>${extra}
   <a href="/signup">Start now</a></div>`;

describe("extractPricing with a struck price before the current one", () => {
  it.each([
    ["<s>", (old: string) => `<s>${old}</s>`],
    ["<del>", (old: string) => `<del>${old}</del>`],
    ["<strike>", (old: string) => `<strike>${old}</strike>`],
    ["an old-price class", (old: string) => `<span class="old-price">${old}</span>`],
    ["a line-through class", (old: string) => `<span class="text-sm line-through">${old}</span>`],
    ["a was class", (old: string) => `<span class="price was">${old}</span>`],
    ["an inline line-through", (old: string) => `<span style="text-decoration: line-through">${old}</span>`],
  ])("reads the current price after a price struck by %s", (_, struck) => {
    const cards =
      card("Solo", `<div class="price">${struck("$19")} <span>$12</span><span>/month</span></div>`) +
      card("Team", `<div class="price">${struck("$49")} <span>$29</span><span>/month</span></div>`);
    expect(plans(page(cards))).toEqual([
      { name: "Solo", price: 12, currency: "USD", period: "month" },
      { name: "Team", price: 29, currency: "USD", period: "month" },
    ]);
  });

  it("reads a struck price alone when the card shows no other", () => {
    const cards = card("Solo", `<p><s>$19</s></p><p>/month</p>`) + card("Team", `<p>$29</p><p>/month</p>`);
    expect(plans(page(cards)).map((plan) => plan.price)).toEqual([19, 29]);
  });
});

describe("extractPricing on packs named by the product's own unit", () => {
  it("reads a price per a number of the product's unit as a pack beside plans", () => {
    const cards =
      card("Starter", `<p class="price">$19</p><p>/month</p>`) +
      card("Growth", `<p class="price">$49</p><p>/month</p>`) +
      card("Boost", `<p class="price">$10</p><p>/month/5k Pings</p>`) +
      card("Refill", `<p class="price">€ 8</p><p>per 2.000 Pings</p>`);
    expect(plans(page(cards)).map((plan) => plan.name)).toEqual(["Starter", "Growth"]);
  });

  it.each([
    ["/month/user", true],
    ["per user / month", true],
  ])("keeps per-seat reading of %s", (unit, perSeat) => {
    const cards =
      card("Starter", `<p class="price">$9</p><p>${unit}</p>`) + card("Pro", `<p class="price">$19</p><p>${unit}</p>`);
    expect(plans(page(cards)).map((plan) => plan.perSeat ?? false)).toEqual([perSeat, perSeat]);
  });

  it.each(["/ 12 months", "per 3 Monate", "/ 12 Mon.", "for 2 users", "pro 5 Nutzer"])(
    "keeps a plan priced %s",
    (unit) => {
      const cards =
        card("Starter", `<p class="price">$90</p><p>${unit}</p>`) +
        card("Pro", `<p class="price">$190</p><p>/month</p>`);
      expect(plans(page(cards)).map((plan) => plan.name)).toEqual(["Starter", "Pro"]);
    },
  );
});

describe("extractPricing on one-off services beside subscription plans", () => {
  const service = (name: string, price: string) =>
    `<div class="card"><h3>${name}</h3><p class="price">${price}</p><p>one-time</p><p>Delivered within two weeks.</p></div>`;

  const pricingPage = (services: string) => `<html><head><title>Pricing</title></head><body><h1>Pricing</h1>
      <section><h2>Plans</h2><div class="grid">
        ${card("Basic", `<p class="price">€ 39</p><p>/ Monat</p>`)}${card("Plus", `<p class="price">€ 79</p><p>/ Monat</p>`)}
      </div></section>
      <section><h2>Services</h2><div class="grid">${services}</div></section></body></html>`;

  it("leaves a lone service priced once out of the plans it stands beside", () => {
    expect(plans(pricingPage(service("Audit", "€ 900"))).map((plan) => plan.name)).toEqual(["Basic", "Plus"]);
  });

  it("keeps several packages priced once beside the plans: they are an offer of their own", () => {
    const services = service("Audit", "€ 900") + service("Strategy workshop", "€ 1.400") + service("Training", "€ 600");
    expect(plans(pricingPage(services)).map((plan) => plan.name)).toEqual([
      "Basic",
      "Plus",
      "Audit",
      "Strategy workshop",
      "Training",
    ]);
  });

  it("keeps a lifetime licence beside monthly plans", () => {
    const cards =
      card("Monthly", `<p class="price">$12</p><p>/month</p>`) +
      card("Yearly", `<p class="price">$99</p><p>/year</p>`) +
      card("Forever", `<p class="price">$249</p><p>lifetime</p>`);
    expect(plans(page(cards)).map((plan) => plan.name)).toEqual(["Monthly", "Yearly", "Forever"]);
  });

  it("keeps packages priced once when they are the page's main offer", () => {
    const cards =
      service("Website Start", "1.900 €") +
      service("Website Plus", "3.400 €") +
      card("Care", `<p class="price">49 €</p><p>pro Monat</p>`);
    expect(plans(page(cards, "Preise")).map((plan) => plan.name)).toEqual(["Website Start", "Website Plus", "Care"]);
  });
});

describe("tax notes beside a price", () => {
  it.each([
    ["49 € zzgl. MwSt.", 49, "EUR"],
    ["49 € (zzgl. MwSt.)", 49, "EUR"],
    ["€ 49 / Monat zzgl. 19 % MwSt.", 49, "EUR"],
    ["$99/mo excl. VAT", 99, "USD"],
    ["£40 (ex VAT)", 40, "GBP"],
    ["119 € inkl. 19% MwSt.", 119, "EUR"],
  ])("reads %s", (text, price, currency) => {
    expect(parsePrice(text)).toEqual({ price, currency });
  });

  it("keeps tax notes out of plan names and prices", () => {
    const note = (text: string) => `<p class="note">${text}</p>`;
    const cards =
      `<div class="card"><p class="tag">zzgl. MwSt.</p><p class="title">Kompakt</p><p>49 € / Monat (zzgl. MwSt.)</p></div>` +
      `<div class="card"><p class="tag">zzgl. MwSt.</p><p class="title">Komfort</p><p>99 € / Monat (zzgl. MwSt.)</p>${note("inkl. Einrichtung")}</div>`;
    expect(plans(page(cards, "Preise"))).toEqual([
      { name: "Kompakt", price: 49, currency: "EUR", period: "month" },
      { name: "Komfort", price: 99, currency: "EUR", period: "month" },
    ]);
  });

  it("does not read a tax note heading as a plan", () => {
    const cards =
      card("Kompakt", `<p class="price">49 €</p><p>/ Monat</p>`) +
      card("Komfort", `<p class="price">99 €</p><p>/ Monat</p>`) +
      `<div class="card"><h3>Alle Preise zzgl. MwSt.</h3><p>Netto, monatlich kündbar. Kontakt aufnehmen</p></div>`;
    expect(plans(page(cards, "Preise")).map((plan) => plan.name)).toEqual(["Kompakt", "Komfort"]);
  });
});

describe("fixed prices and compared prices on agency cards", () => {
  it.each([
    ["ab 2.400 € Festpreis", 2400],
    ["1.900 € pauschal", 1900],
  ])("reads %s", (text, price) => {
    expect(parsePrice(text)).toEqual({ price, currency: "EUR" });
  });

  it("names a card below a compared price and reads its fixed price as paid once", () => {
    const offer = (name: string, compared: string, price: string) =>
      `<div class="offer-card"><div class="offer-head"><div class="offer-compare">Agentur: ${compared}</div>
       <div class="offer-type">${name}</div><div class="offer-price">${price}</div></div>
       <ul><li>Konzept und Umsetzung</li><li>Einweisung</li></ul><a href="/kontakt">Anfragen</a></div>`;
    const cards =
      offer("Website", "5.000–9.000 €", "ab 1.900 € <span>Festpreis</span>") +
      offer("Shop", "9.000–20.000 €", "ab 3.900 € <span>Festpreis</span>") +
      offer("Pflege", "900+ €/Monat", "ab 150 € <span>/Monat</span>");
    expect(plans(page(cards, "Preise"))).toEqual([
      { name: "Website", price: 1900, currency: "EUR", period: "once" },
      { name: "Shop", price: 3900, currency: "EUR", period: "once" },
      { name: "Pflege", price: 150, currency: "EUR", period: "month" },
    ]);
  });
});

describe("prices per person", () => {
  it.each(["pro Person und Monat", "per person / month"])("reads %s as per seat", (unit) => {
    const cards =
      card("Selbst", `<p class="price">0 €</p><p>dauerhaft</p>`) +
      card("Betreut", `<p class="price">12 €</p><p>${unit}</p>`);
    expect(plans(page(cards, "Preise"))[1]).toEqual({
      name: "Betreut",
      price: 12,
      currency: "EUR",
      period: "month",
      perSeat: true,
    });
  });
});

describe("rouble prices", () => {
  it.each([
    ["₽500", 500],
    ["₽10,000 one-time", 10000],
    ["990 ₽ / месяц", 990],
  ])("reads %s", (text, price) => {
    expect(parsePrice(text)?.price).toBe(price);
    expect(parsePrice(text)?.currency).toBe("RUB");
  });
});

describe("tax notes beside plan names", () => {
  it("keeps a bracketed tax note out of a card's name", () => {
    const cards =
      card("Kompakt (zzgl. MwSt.)", `<p class="price">49 €</p><p>/ Monat</p>`) +
      card("Komfort (netto)", `<p class="price">99 €</p><p>/ Monat</p>`);
    expect(plans(page(cards, "Preise")).map((plan) => plan.name)).toEqual(["Kompakt", "Komfort"]);
  });

  it("keeps a bracketed tax note out of a comparison table's plan names", () => {
    const table = `<table><tr><th>Paket</th><th>Basis (netto)</th><th>Plus (netto)</th></tr>
      <tr><td>Preis</td><td>29 € / Monat</td><td>59 € / Monat</td></tr><tr><td>Nutzer</td><td>1</td><td>5</td></tr></table>`;
    expect(plans(page(table, "Preise")).map((plan) => plan.name)).toEqual(["Basis", "Plus"]);
  });
});

describe("the unit after a second price beside the price", () => {
  const row = (name: string, gross: string, net: string, unit: string) =>
    `<div class="row"><h3>${name}</h3><p>Was enthalten ist, in einem Satz erklärt.</p>
     <p class="price"><span class="gross">${gross}</span><span class="net">${net}</span><span class="unit">${unit}</span></p></div>`;

  it("reads a package paid once past its net price, and leaves it out beside monthly plans", () => {
    const rows =
      row("Startpaket", "595 €", "500 € netto", "einmalig") +
      row("Pflege", "119 € / Monat", "100 € netto", "monatlich kündbar") +
      row("Pflege Plus", "238 € / Monat", "200 € netto", "monatlich kündbar");
    expect(plans(page(rows, "Preise")).map((plan) => plan.name)).toEqual(["Pflege", "Pflege Plus"]);
  });

  it("reads per seat past a yearly price", () => {
    const rows = row("Team", "$12", "$120/yr", "per user") + row("Business", "$24", "$240/yr", "per user");
    expect(plans(page(rows)).map((plan) => plan.perSeat)).toEqual([true, true]);
  });
});

describe("a setup note after a monthly plan's price", () => {
  it("does not read a plan as paid once from an included setup", () => {
    const cards = ["Basic", "Plus", "Max"]
      .map((name, index) =>
        card(
          name,
          `<p class="price"><span>$${(index + 1) * 20}</span><span>Setup included</span></p><p>Billed monthly</p>`,
        ),
      )
      .join("");
    expect(plans(page(cards)).map((plan) => [plan.name, plan.period])).toEqual([
      ["Basic", "month"],
      ["Plus", "month"],
      ["Max", "month"],
    ]);
  });
});
