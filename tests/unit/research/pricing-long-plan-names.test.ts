import { describe, expect, it } from "vitest";
import { isLongPlanName } from "../../../lib/research/plan-sections";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** Plan names of five words or more, read where a card's heading says they name the plan. */

function plans(html: string, url = "https://www.larkspur-notes.example/en/pricing/") {
  return extractPricing(parseHtml(html, url))?.plans ?? [];
}

const card = (name: string, price: string, unit: string, lead = "") =>
  `<article class="pricing-card">${lead}<div class="plan-heading"><h2>${name}</h2>
   <p>What this plan brings you, in one plain sentence.</p></div>
   <p class="plan-price"><strong>${price}</strong><span>${unit}</span></p>
   <ul class="plan-features"><li>Delivered by email</li><li>Full archive</li></ul>
   <button type="submit">Request</button></article>`;

const page = (cards: string, title = "Pricing") =>
  `<html><head><title>${title}</title></head><body><main><h1>Choose how much you need</h1>
   <section class="pricing"><div class="pricing-grid">${cards}</div></section></main></body></html>`;

describe("isLongPlanName", () => {
  it.each(["A digest for your topic", "Larkspur notes in your own repository", "Website und Pflege aus einer Hand"])(
    "%s may name a plan",
    (text) => {
      expect(isLongPlanName(text)).toBe(true);
    },
  );

  it.each([
    "We deliver the digest to your inbox.",
    "Choose the plan that fits your team and budget today",
    "Which plan is right for you?",
    "Everything in Basic, plus more",
  ])("%s is no plan name", (text) => {
    expect(isLongPlanName(text)).toBe(false);
  });
});

describe("extractPricing with a plan name of five words or more", () => {
  const cards =
    card("Weekly notes", "Free", "ongoing") +
    card("A digest for your topic", "€40", "per month") +
    card("Larkspur in your Git", "€900", "one-time");

  it("reads the long name of a card in the grid of plans", () => {
    expect(plans(page(cards))).toEqual([
      { name: "Weekly notes", price: 0 },
      { name: "A digest for your topic", price: 40, currency: "EUR", period: "month" },
      { name: "Larkspur in your Git", price: 900, currency: "EUR", period: "once" },
    ]);
  });

  it("reads no long heading on a page that is not about pricing", () => {
    const home = page(cards, "Larkspur Notes").replace("Choose how much you need", "Notes that matter");
    expect(plans(home, "https://www.larkspur-notes.example/").map((plan) => plan.name)).not.toContain(
      "A digest for your topic",
    );
  });

  it("reads no long heading that stands alone outside the grid", () => {
    const grid =
      card("Weekly notes", "Free", "ongoing") + card("Team", "€40", "per month") + card("Studio", "€90", "per month");
    const offer = `<aside class="promo"><div><h2>Save more with a yearly plan</h2><p>Only €400 per year.</p></div></aside>`;
    const html = page(grid).replace("</section>", `</section>${offer}`);
    expect(plans(html).map((plan) => plan.name)).toEqual(["Weekly notes", "Team", "Studio"]);
  });

  it("keeps a card's short name over a long tagline heading above it", () => {
    const lead = (text: string) => `<h2 class="eyebrow">${text}</h2>`;
    const tagged =
      card("Solo", "€9", "per month", "").replace(
        '<article class="pricing-card">',
        `<article class="pricing-card"><div>${lead("For writers who work on their own")}</div>`,
      ) +
      card("Team", "€29", "per month", "").replace(
        '<article class="pricing-card">',
        `<article class="pricing-card"><div>${lead("For small teams that share notes")}</div>`,
      );
    expect(plans(page(tagged)).map((plan) => plan.name)).toEqual(["Solo", "Team"]);
  });
});
