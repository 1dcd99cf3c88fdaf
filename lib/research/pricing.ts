import { cardOf } from "./card";
import { memoPerPage, withPageMemo } from "./page-memo";
import { mayHoldPrice, parsePrice } from "./price";
import { shortText } from "./short-text";
import { clean, joinedLines, textLines } from "./text";
import type { Plan, Pricing } from "./types";

/** Pricing model and plan tiers: plan cards are sibling blocks, each with a name heading and a price. */

// Plan names are headings, or elements whose class calls them a plan or tier name. The query
// tests the class once for "name" (a page has many elements), the exact test follows.
const nameSelector = "h2, h3, h4, h5, h6, [class*='name' i]";
const headingTags = new Set(["h2", "h3", "h4", "h5", "h6"]);
const planNameClass = /plan-name|planname|tier-name/;
const onRequest =
  /contact sales|talk to sales|contact us|get a quote|request a quote|let'?s talk|custom pricing|auf anfrage|individuell|kontakt aufnehmen|vertrieb kontaktieren|angebot anfordern/i;
const freeName = /^(free|kostenlos|gratis|starter free|free forever)$/i;
// A price label that says free in words ("Free forever" under the plan "Starter").
const freeLabel = /^(free|free forever|forever free|kostenlos|gratis|für immer kostenlos|dauerhaft kostenlos)$/i;
const freeTrial =
  /free trial|\d+[- ]day(?:s)? (?:free )?trial|try (?:it )?(?:for )?free|kostenlos testen|gratis testen|testphase|\d+ tage kostenlos/i;
const freemium =
  /free (?:plan|forever|tier)|für immer kostenlos|kostenloser plan|free for (?:individuals|small teams)/i;

export function extractPricing(doc: Document): Pricing | undefined {
  return withPageMemo(() => pricingOf(doc));
}

function pricingOf(doc: Document): Pricing | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const plans = findPlans(body);
  const text = joinedLines(textLines(body));
  const pricing: Pricing = {
    plans,
    freeTrial: freeTrial.test(text),
    freemium: plans.some((plan) => plan.price === 0) || freemium.test(text),
    contactSales:
      plans.some((plan) => plan.onRequest) ||
      /contact sales|talk to sales|vertrieb kontaktieren|preis auf anfrage/i.test(text),
  };
  return plans.length || pricing.freeTrial || pricing.freemium || pricing.contactSales ? pricing : undefined;
}

function findPlans(root: Element): Plan[] {
  const cards = Array.from(root.querySelectorAll(nameSelector))
    .filter(
      (node) => (headingTags.has(node.localName) || hasPlanNameClass(node)) && isPlanName(shortText(node, 30) ?? ""),
    )
    .map((heading) => ({ tag: heading.localName, name: clean(heading.textContent), card: cardOf(heading) }));
  const priced = cards.map(pricedPlan);
  // Plan names share one heading level with the priced plans; other headings with a "contact us" are help boxes.
  const pricedTags = new Set(cards.filter((_, index) => priced[index]).map((card) => card.tag));
  const plans = new Map<string, Plan>();
  cards.forEach(({ tag, name, card }, index) => {
    const key = name.toLowerCase();
    if (!pricedTags.has(tag) || plans.has(key)) return;
    const plan = priced[index] ?? (hasLabel(card, onRequest) ? { name, onRequest: true } : undefined);
    if (plan) plans.set(key, plan);
  });
  const found = [...plans.values()];
  // One priced block is a product price, not a pricing table.
  return found.length >= 2 ? found : [];
}

function hasPlanNameClass(node: Element): boolean {
  // As the selector's `i`: ASCII letters only.
  return planNameClass.test((node.getAttribute("class") ?? "").replace(/[A-Z]+/g, (letters) => letters.toLowerCase()));
}

function isPlanName(text: string): boolean {
  return (
    text.length >= 2 && text.length <= 30 && text.split(/\s+/).length <= 4 && !parsePrice(text) && !/\d{2,}/.test(text)
  );
}

/** The plan of a card with a price, or a free plan by its name or its price label. */
function pricedPlan({ name, card }: { name: string; card: Element }): Plan | undefined {
  const price = priceIn(card);
  if (price) return { name, ...price, period: periodIn(card) };
  return freeName.test(name) || hasLabel(card, freeLabel) ? { name, price: 0, period: periodIn(card) } : undefined;
}

function periodIn(card: Element): Plan["period"] {
  const lines = textLines(card).join("\n");
  if (/\/\s*(?:mo|month|monat|user\s*\/\s*month)|per month|pro monat|monthly|monatlich|\/\s*mo\b/i.test(lines))
    return "month";
  return /\/\s*(?:yr|year|jahr)|per year|pro jahr|jährlich|annually/i.test(lines) ? "year" : undefined;
}

/** A button or short label ("Contact sales", "Free forever"); the same words in a sentence are help text. */
function hasLabel(card: Element, words: RegExp): boolean {
  return Array.from(card.querySelectorAll("a, button, span, p, div, strong")).some((node) => {
    const text = shortText(node, 40);
    return text !== undefined && text.length <= 40 && words.test(text);
  });
}

/**
 * The first price in a card, or null (which the memo keeps, unlike undefined). Headings of one
 * list share their card (an article's sections): it is searched once.
 */
const priceIn = memoPerPage((card: Element) => findPrice(card) ?? null);

function findPrice(card: Element): { price: number; currency?: string } | undefined {
  // Most cards show no price, and one search of their text says so.
  if (!mayHoldPrice(card.textContent ?? "")) return undefined;
  for (const node of Array.from(card.querySelectorAll("*"))) {
    if (node.children.length > 3) continue;
    const text = shortText(node, 45);
    const price = text === undefined ? undefined : parsePrice(text);
    if (price) return price;
  }
  return undefined;
}
