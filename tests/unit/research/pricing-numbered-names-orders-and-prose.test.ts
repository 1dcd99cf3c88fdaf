import { describe, expect, it } from "vitest";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** Plan names with numbers, prices per order or project, and plans described in prose on a docs page. */

function plans(html: string, url: string) {
  return extractPricing(parseHtml(html, url), url)?.plans ?? [];
}

const card = (name: string, price: string, unit: string) =>
  `<div class="plan-card"><h3>${name}</h3><p class="price"><span>${price}</span> <span>${unit}</span></p>
   <ul><li>Shared inbox</li><li>Email support</li></ul><a href="/signup">Choose</a></div>`;

describe("extractPricing on plan headings with numbers", () => {
  const page = `<html><head><title>Pricing</title></head><body><h1>Pricing</h1><div class="grid">
    ${card("Solo", "$9", "/ month")}
    ${card("Team 50", "$79", "/ month")}
    ${card("Office + Suite 365", "$129", "/ month")}
    ${card("Pro 2031", "$199", "/ month")}
  </div></body></html>`;

  it("reads a heading with a size, suite or year number as the plan's name", () => {
    expect(plans(page, "https://www.quillbay.example/pricing").map((plan) => plan.name)).toEqual([
      "Solo",
      "Team 50",
      "Office + Suite 365",
      "Pro 2031",
    ]);
  });

  it("keeps bounds and counts in headings out of the names", () => {
    const counted = `<html><head><title>Pricing</title></head><body><h1>Pricing</h1><div class="grid">
      ${card("Solo", "$9", "/ month")}
      ${card("Duo", "$15", "/ month")}
      ${card("Up To 50", "$79", "/ month")}
      ${card("Bis 250", "$129", "/ month")}
      ${card("EUR 29", "", "/ month")}
    </div></body></html>`;
    expect(plans(counted, "https://www.quillbay.example/pricing").map((plan) => plan.name)).toEqual(["Solo", "Duo"]);
  });
});

describe("extractPricing on prices per order or project", () => {
  it("reads a price per order as paid once", () => {
    const page = `<html><head><title>Pricing</title></head><body><h1>Testing packages</h1><div class="grid">
      ${card("Starter", "$24.50", "/ order")}
      ${card("Growth", "$44.50", "per order")}
    </div></body></html>`;
    expect(plans(page, "https://www.fernwick.example/pricing")).toEqual([
      { name: "Starter", price: 24.5, currency: "USD", period: "once" },
      { name: "Growth", price: 44.5, currency: "USD", period: "once" },
    ]);
  });

  it("reads a price per project or report in German and English as paid once", () => {
    const page = `<html><head><title>Preise</title></head><body><h1>Preise</h1><div class="grid">
      ${card("Basis", "1.200 €", "pro Projekt")}
      ${card("Analyse", "450 €", "per report")}
    </div></body></html>`;
    expect(plans(page, "https://www.ostwerk.example/preise").map((plan) => plan.period)).toEqual(["once", "once"]);
  });
});

describe("extractPricing on a team price with its period in the unit line", () => {
  it("takes the unit line beside the price over a monthly feature line of the card", () => {
    const team = `<div class="plan-card"><h3>Campus</h3><div class="plan-price"><span class="amount">$4,000</span>
      <span class="period">per year for up to 40 users</span></div>
      <ul><li>Monthly refilled render credits for each user</li><li>Single sign-on</li></ul></div>`;
    const page = `<html><head><title>Pricing</title></head><body><h1>Pricing</h1><div class="grid">
      ${card("Solo", "$12", "per month")}${team}</div></body></html>`;
    expect(plans(page, "https://www.quillbay.example/pricing").map((plan) => [plan.name, plan.period])).toEqual([
      ["Solo", "month"],
      ["Campus", "year"],
    ]);
  });
});

describe("extractPricing on plans described in prose", () => {
  const section = (name: string, text: string) =>
    `<h2 id="${name.toLowerCase().replace(" ", "-")}">${name}<a href="#x" class="hash-link" aria-label="Direct link">&#8203;</a></h2>${text}`;
  const docs = (sections: string) =>
    `<html><head><title>Plans | Larchmere Docs</title></head><body><nav><a href="/docs">Docs</a></nav>
     <article><div class="markdown"><h1>Plans</h1><p>Larchmere Cloud is offered in three plans.</p>${sections}</div></article>
     <footer>© Larchmere</footer></body></html>`;
  const three = docs(`
    ${section("Free Plan", "<p>Our Free plan suits single developers and is free of charge. It keeps results for 7 days.</p>")}
    ${section("Team Plan", "<p>Our Team plan adds up to 15 members and longer retention.</p><ul><li>Shared dashboards</li></ul>")}
    ${section("Scale Plan", "<p>Starting at $640 per month, our Scale plan adds self-hosting. It includes onboarding at no extra cost.</p>")}
  `);

  it("reads each plan heading with the one price stated under it, on a pricing page", () => {
    expect(plans(three, "https://larchmere.example/docs/cloud/pricing/")).toEqual([
      { name: "Free Plan", price: 0 },
      { name: "Team Plan" },
      { name: "Scale Plan", price: 640, currency: "USD", period: "month" },
    ]);
  });

  it("reads no prose plans at an address that is no pricing page", () => {
    expect(plans(three, "https://larchmere.example/blog/choosing-a-plan/")).toEqual([]);
  });

  it("reads no prose plans when a section states two prices", () => {
    const compared = docs(`
      ${section("Free Plan", "<p>The free plan is free of charge.</p>")}
      ${section("Scale Plan", "<p>Starting at $640 per month, it adds self-hosting. Rivals charge $900 per month.</p>")}
    `);
    expect(plans(compared, "https://larchmere.example/pricing")).toEqual([]);
  });

  it("reads no prose plans from sections on rates and terms beside questions", () => {
    const rates = docs(`
      ${section("What does an audit cost?", "<p>We scope each audit in a call first.</p>")}
      ${section("Discounts", "<p>For schools we offer a daily rate of € 900. We grant no other discounts.</p>")}
      ${section("Partner", "<p>As a subcontractor we charge at least € 800 per month of work. Partners pass our terms on.</p>")}
    `);
    expect(plans(rates, "https://larchmere.example/pricing")).toEqual([]);
  });

  it("reads no prose plans when no stated price is billed by a period", () => {
    const fees = docs(`
      ${section("Discounts", "<p>For schools we offer a daily rate of € 900.</p>")}
      ${section("Partner", "<p>We charge a fee of € 800, paid by the partner.</p>")}
    `);
    expect(plans(fees, "https://larchmere.example/pricing")).toEqual([]);
  });
});
