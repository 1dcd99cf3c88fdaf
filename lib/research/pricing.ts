import { cardOf } from "./card";
import { withPageMemo } from "./page-memo";
import {
  hasLabel,
  isPlanName,
  mayHoldBilledPrice,
  onRequest,
  periodIn,
  plansFromPrices,
  plansFromTables,
  priceIn,
} from "./plan-cards";
import { shortText } from "./short-text";
import { joinedLines, textLines } from "./text";
import type { Plan, Pricing } from "./types";

/** Pricing model and plan tiers: plan cards are sibling blocks, each with a name heading and a price. */

// Plan names are headings, or elements whose class calls them a plan or tier name. The query
// tests the class once for "name" (a page has many elements), the exact test follows. Names in
// other elements ("plan__title" paragraphs) are found from their cards' prices (plan-cards.ts).
const nameSelector = "h2, h3, h4, h5, h6, [class*='name' i]";
const headingTags = new Set(["h2", "h3", "h4", "h5", "h6"]);
// "plan-name", "tier-name", "pricing-card__name", "package-name", "tarif-name", …
const planNameClass = /(?:plan|tier|pricing|package|paket|tarif)[\w-]*name\b/;
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

/** A plan name candidate and where its plan is described: its card, or in a flat list the blocks up to the next name. */
type Candidate = { tag: string; name: string; card: Element; boxes: Element[]; flat: boolean };

function findPlans(body: Element): Plan[] {
  const byName = plansByName(body);
  if (byName.length >= 2) return byName;
  // Names that are no headings: the cards are found from their prices, or a table lists the plans.
  if (!mayHoldBilledPrice(joinedLines(textLines(body)))) return [];
  const byPrice = plansFromPrices(body);
  return byPrice.length >= 2 ? byPrice : plansFromTables(body);
}

function plansByName(root: Element): Plan[] {
  const named = Array.from(root.querySelectorAll(nameSelector)).flatMap((heading) => {
    if (!headingTags.has(heading.localName) && !hasPlanNameClass(heading)) return [];
    const name = shortText(heading, 30) ?? "";
    return isPlanName(name) ? [{ heading, name }] : [];
  });
  const flat = namesWithSiblings(named.map(({ heading }) => heading));
  const candidates = named.map(({ heading, name }) => candidateOf(heading, name, flat.has(heading)));
  const priced = candidates.map(pricedPlan);
  const pricedCandidates = candidates.filter((_, index) => priced[index]);
  // Plan names share one heading level with the priced plans; other headings with a "contact us" are help boxes.
  const pricedTags = new Set(pricedCandidates.map((candidate) => candidate.tag));
  const plans = new Map<string, Plan>();
  const cardsTaken = new Set<Element>();
  candidates.forEach((candidate, index) => {
    const key = candidate.name.toLowerCase();
    if (!pricedTags.has(candidate.tag) || plans.has(key) || cardsTaken.has(candidate.card)) return;
    const plan =
      priced[index] ??
      (hasLabel(candidate.boxes, onRequest) && besidePlans(candidate, pricedCandidates)
        ? { name: candidate.name, onRequest: true }
        : undefined);
    if (!plan || holdsPlans(candidate, pricedCandidates)) return;
    plans.set(key, plan);
    // One card names one plan: a second name in it is a badge or a subtitle.
    if (!candidate.flat) cardsTaken.add(candidate.card);
  });
  const found = [...plans.values()];
  // One priced block is a product price, not a pricing table.
  return found.length >= 2 ? found : [];
}

function candidateOf(heading: Element, name: string, flat: boolean): Candidate {
  const tag = heading.localName;
  const card = flat ? heading : cardOf(heading);
  return { tag, name, card, boxes: flat ? blocksAfter(heading, tag) : [card], flat };
}

/** Names in one parent with their prices between them ("### Basic" "$10" "### Pro" "$30"): no card of their own. */
function namesWithSiblings(headings: readonly Element[]): Set<Element> {
  const byParent = new Map<Element, Element[]>();
  for (const heading of headings) {
    const parent = heading.parentElement;
    const siblings = parent && byParent.get(parent);
    if (siblings) siblings.push(heading);
    else if (parent) byParent.set(parent, [heading]);
  }
  const flat = new Set<Element>();
  for (const siblings of byParent.values()) {
    for (const heading of siblings) {
      if (siblings.some((other) => other !== heading && other.localName === heading.localName)) flat.add(heading);
    }
  }
  return flat;
}

function blocksAfter(heading: Element, tag: string): Element[] {
  const blocks: Element[] = [];
  for (let next = heading.nextElementSibling; next && next.localName !== tag; next = next.nextElementSibling) {
    blocks.push(next);
  }
  return blocks;
}

function hasPlanNameClass(node: Element): boolean {
  // As the selector's `i`: ASCII letters only.
  return planNameClass.test((node.getAttribute("class") ?? "").replace(/[A-Z]+/g, (letters) => letters.toLowerCase()));
}

/** The plan of a card with a price, or a free plan by its name or its price label. */
function pricedPlan({ name, boxes }: Candidate): Plan | undefined {
  const price = boxes.map(priceIn).find(Boolean);
  if (price) return { name, ...price, period: periodIn(boxes) };
  return freeName.test(name) || hasLabel(boxes, freeLabel) ? { name, price: 0, period: periodIn(boxes) } : undefined;
}

/** A section heading ("Pricing", a "Most popular" ribbon above the grid): its card holds the cards of other plans. */
function holdsPlans(candidate: Candidate, priced: readonly Candidate[]): boolean {
  return priced.some((other) => candidate.boxes.some((box) => box !== other.card && box.contains(other.card)));
}

/** An on-request plan stands beside the priced ones, or below their grid; a contact box further off is help. */
function besidePlans(candidate: Candidate, priced: readonly Candidate[]): boolean {
  const parent = candidate.card.parentElement;
  return priced.some((other) => {
    const otherParent = other.card.parentElement;
    return otherParent === parent || otherParent?.parentElement === parent;
  });
}
