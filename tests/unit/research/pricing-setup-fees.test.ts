import { describe, expect, it } from "vitest";
import { parsePrice } from "../../../lib/research/price";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** Plans with a setup fee before their monthly price, and detail blocks below the plan cards. */

function plans(html: string, url = "https://www.kestrelpoint.example/pricing") {
  return extractPricing(parseHtml(html, url))?.plans ?? [];
}

const tier = (name: string, setup: string, monthly: string, lead: string) =>
  `<div class="tier"><h3>${name}</h3><div class="tag">For busy crews</div>
   <div class="price-big"><span class="amt">${setup}</span><span class="lbl">one-time setup</span></div>
   <div class="mo">then <b>${monthly}</b> / month</div>
   <ul><li class="plus">${lead}</li><li>Call forwarding</li><li>Monthly summary</li></ul>
   <a class="btn" href="/start">Get started</a></div>`;

const detail = (name: string, heading: string, setup: string, monthly: string) =>
  `<div class="detail-block"><div><div class="sub">${name}</div><h3>${heading}</h3>
   <p>What the ${name} plan sets up for you, step by step, in plain words and without surprises.</p></div>
   <div class="right"><div class="pr">${setup}<span> setup</span></div><div class="pr-sub">one-time</div>
   <div class="ms">then <b>${monthly}</b> / month</div></div></div>`;

const page = `<html><head><title>Pricing</title></head><body>
  <section class="hero"><h1>Pick a plan.</h1><p>Month-to-month, cancel anytime.</p></section>
  <section class="tiers"><div class="wrap"><div class="tier-grid">
    ${tier("Starter", "$200", "$79", "Call capture for one line")}
    ${tier("Growth", "$400", "$129", "Everything in Starter, plus:")}
    ${tier("Scale", "$650", "$259", "Everything in Growth, plus:")}
  </div></div></section>
  <section class="details"><div class="wrap"><h2>What you get</h2><p>More on each plan.</p>
    ${detail("Starter", "Never lose a caller again.", "$200", "$79")}
    ${detail("Growth", "Everything in Starter — plus a trusted inbox.", "$400", "$129")}
  </div></section></body></html>`;

describe("parsePrice after a setup fee", () => {
  it.each([
    ["then $99 / month", 99, "USD"],
    ["danach 49 € / Monat", 49, "EUR"],
  ])("reads %s", (text, price, currency) => {
    expect(parsePrice(text)).toEqual({ price, currency });
  });
});

describe("extractPricing on plans with a setup fee", () => {
  it("takes the monthly price over the one-time setup fee before it", () => {
    expect(plans(page)).toEqual([
      { name: "Starter", price: 79, currency: "USD", period: "month" },
      { name: "Growth", price: 129, currency: "USD", period: "month" },
      { name: "Scale", price: 259, currency: "USD", period: "month" },
    ]);
  });

  it("reads a price paid once as paid once, whatever period its card bills other things by", () => {
    const once = `<html><head><title>Preise</title></head><body><div class="grid">
      <div class="card"><h2>Die Website</h2><p class="row"><span class="price">2.400 €</span><span>einmalig</span></p>
        <ul><li>Monatlicher Bericht</li></ul></div>
      <div class="card"><h2>Betreuung</h2><p class="row"><span class="price">ab 300 €</span><span>pro Monat</span></p></div>
    </div></body></html>`;
    expect(plans(once, "https://www.kestrelpoint.example/preise")).toEqual([
      { name: "Die Website", price: 2400, currency: "EUR", period: "once" },
      { name: "Betreuung", price: 300, currency: "EUR", period: "month" },
    ]);
  });
});
