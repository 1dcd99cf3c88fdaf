import { describe, expect, it } from "vitest";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/**
 * Site-builder plan cards (one rich-text block per line) whose names are no headings, with a number in the
 * name ("Flow 40"), and whose price is a heading of its own with its period in the next block.
 */

function plans(html: string, url: string) {
  return extractPricing(parseHtml(html, url), url)?.plans ?? [];
}

const text = (tag: string, value: string) =>
  `<div data-framer-component-type="RichTextContainer"><${tag} class="framer-text"><span class="framer-text">${value}</span></${tag}></div>`;

const card = (name: string, price: string) =>
  `<div class="framer-card" data-framer-name="Card"><div data-framer-name="Titles">${text("p", name)}
     <div data-framer-name="Price">${text("h3", price)}${text("p", "/month")}</div>
     ${text("p", "For teams that automate their weekly reports.")}</div>
   <a href="./#contact">${text("p", "Choose this plan")}</a>
   <div data-framer-name="Including"><div>${text("p", "1 workspace")}</div><div>${text("p", "Email support")}</div></div></div>`;

const page = (cards: string) => `<html><head><title>Wellenreiter Automation</title></head><body>
  <section data-framer-name="Pricing">${text("h2", "Automation at the right price")}
  <div data-framer-name="Toggle">${text("p", "Monthly")}${text("p", "Annually")}</div>
  <div data-framer-name="Cards">${cards}</div></section></body></html>`;

describe("extractPricing on cards whose first line names the plan with a number", () => {
  it("reads the card's first line as its name, number and all", () => {
    const html = page(card("Flow", "$12") + card("Flow 40", "$40") + card("Flow 90", "$90"));
    expect(plans(html, "https://wellenreiter.example/")).toEqual([
      { name: "Flow", price: 12, currency: "USD", period: "month" },
      { name: "Flow 40", price: 40, currency: "USD", period: "month" },
      { name: "Flow 90", price: 90, currency: "USD", period: "month" },
    ]);
  });

  it("reads no bound or count above a price as a name", () => {
    const html = page(card("Flow", "$12") + card("Up To 40", "$40") + card("Bis 90", "$90"));
    expect(plans(html, "https://wellenreiter.example/").map((plan) => plan.name)).not.toContain("Up To 40");
    expect(plans(html, "https://wellenreiter.example/").map((plan) => plan.name)).not.toContain("Bis 90");
  });
});
