import { cardOf } from "./card";
import { withPageMemo } from "./page-memo";
import {
  cardPlan,
  freeName,
  hasLabel,
  isBadge,
  isNumberedPlanName,
  isPlanName,
  mayHoldBilledPrice,
  onRequest,
  plansFromPrices,
  priceIn,
  withoutBadge,
} from "./plan-cards";
import { attributePrice, withEmbeddedPlans } from "./plan-data";
import {
  aboutPricing,
  isLongPlanName,
  nameBeforeTagline,
  prosePlans,
  unpricedPlans,
  withLongNames,
  withoutSubsections,
} from "./plan-sections";
import { plansFromTableHead, plansFromTables } from "./plan-tables";
import { periodIn, withoutExtras } from "./plan-units";
import { mayHoldPrice } from "./price";
import { shortText } from "./short-text";
import { joinedLines, textLines } from "./text";
import type { Plan, Pricing } from "./types";
import { parseUrl } from "./url";

/** Pricing model and plan tiers: plan cards are sibling blocks, each with a name heading and a price. */

// Plan names are headings, or elements whose class calls them a plan or tier name. The query
// tests the class once for "name" (a page has many elements), the exact test follows. Names in
// other elements ("plan__title" paragraphs) are found from their cards' prices (plan-cards.ts).
const nameSelector = "h2, h3, h4, h5, h6, [class*='name' i]";
const headingTags = new Set(["h2", "h3", "h4", "h5", "h6"]);
// "plan-name", "tier-name", "pricing-card__name", "package-name", "tarif-name", …
const planNameClass = /(?:plan|tier|pricing|package|paket|tarif)[\w-]*name\b/;
// A price label that says free in words ("Free forever" under the plan "Starter").
const freeLabel =
  /^(free|free forever|forever free|kostenlos|kostenfrei|frei|gratis|für immer kostenlos|dauerhaft kostenlos)$/i;
const billingName = /^(?:monthly|yearly|annual(?:ly)?|monatlich|jährlich|pay monthly|pay yearly)$/i;
const leadingIcon = /^(?:[\p{Extended_Pictographic}\u{1f1e6}-\u{1f1ff}][\ufe0f\u200d]*)+\s+/u;
const freeTrial =
  /free trial|\d+[- ]day(?:s)? (?:free )?trial|try (?:it )?(?:for )?free|kostenlos testen|gratis testen|testphase|\d+ tage kostenlos/i;
const freemium =
  /free (?:plan|forever|tier)|für immer kostenlos|kostenloser plan|free for (?:individuals|small teams)/i;

/** The pricing a page shows; `url` is its address (a parsed page's document has none of its own). */
export function extractPricing(doc: Document, url = ""): Pricing | undefined {
  return withPageMemo(() => pricingOf(doc, url));
}

function pricingOf(doc: Document, url: string): Pricing | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const plans = findPlans(body, parseUrl(url)?.pathname ?? "");
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
type Candidate = { tag: string; name: string; card: Element; boxes: Element[]; flat: boolean; long: boolean };

/** The plans of a page; `path` is its address's path, which tells a pricing page. */
function findPlans(body: Element, path: string): Plan[] {
  // A free "Monthly" beside a free "Yearly" names the billing switch of a calculator whose slots a script fills.
  const plans = markupPlans(body, path).filter((plan) => plan.price !== 0 || !billingName.test(plan.name));
  return withoutExtras(withEmbeddedPlans(plans, body, () => aboutPricing(body.ownerDocument, path)));
}

function markupPlans(body: Element, path: string): Plan[] {
  const byName = plansByName(body, path);
  if (byName.length >= 2) return byName;
  // One priced card beside a comparison table: the table's head names the other plans.
  const [single] = byName;
  const compared = single ? plansFromTableHead(body, single) : [];
  if (compared.length >= 2) return compared;
  // Names that are no headings: the cards are found from their prices, or a table lists the plans.
  // Plans priced once without saying so are looked for on pricing pages only.
  const text = joinedLines(textLines(body));
  if (!mayHoldBilledPrice(text) && !(mayHoldPrice(text) && aboutPricing(body.ownerDocument, path))) return [];
  const byPrice = plansFromPrices(body);
  return byPrice.length >= 2 ? byPrice : plansFromTables(body);
}

function plansByName(root: Element, path: string): Plan[] {
  const named = Array.from(root.querySelectorAll(nameSelector)).flatMap((heading) => {
    if (!headingTags.has(heading.localName) && !hasPlanNameClass(heading)) return [];
    const text = shortText(heading, 60) ?? "";
    const name = nameBeforeTagline(heading, text) ?? planNameIn(text);
    if (name) return [{ heading, name, long: false }];
    return isLongPlanName(text) ? [{ heading, name: text, long: true }] : [];
  });
  // Long names count as siblings of the short ones, not the short ones as theirs.
  const flat = namesWithSiblings(named.flatMap(({ heading, long }) => (long ? [] : [heading])));
  const flatLong = namesWithSiblings(named.map(({ heading }) => heading));
  const candidates = named.map(({ heading, name, long }) =>
    candidateOf(heading, name, (long ? flatLong : flat).has(heading), long),
  );
  const shortPriced = candidates.map((candidate) => (candidate.long ? undefined : pricedPlan(candidate)));
  const gridded = withLongNames(candidates, shortPriced, pricedPlan, () => aboutPricing(root.ownerDocument, path));
  const priced = withoutSubsections(candidates, withoutSections(candidates, gridded));
  const pricedCandidates = candidates.filter((_, index) => priced[index]);
  if (!pricedCandidates.length) return unpricedPlans(root, candidates, path);
  // One price in a sentence under sibling headings: plans in prose, if every other section states none or one.
  const prose = pricedCandidates.length === 1 && pricedCandidates[0]?.flat ? prosePlans(candidates, path) : [];
  if (prose.length) return prose;
  // Plan names share one heading level with the priced plans; other headings with a "contact us" are help boxes.
  const pricedTags = new Set(pricedCandidates.map((candidate) => candidate.tag));
  const plans = new Map<string, Plan>();
  const cardsTaken = new Set<Element>();
  const placed = pricedPlaces(pricedCandidates);
  candidates.forEach((candidate, index) => {
    const key = candidate.name.toLowerCase();
    if (!pricedTags.has(candidate.tag) || plans.has(key) || cardsTaken.has(candidate.card)) return;
    if (candidate.long && !priced[index]) return;
    const plan =
      priced[index] ??
      (hasLabel(candidate.boxes, onRequest) && placed.besidePlans(candidate)
        ? { name: candidate.name, onRequest: true }
        : undefined);
    if (!plan || placed.holdsPlans(candidate)) return;
    // A section heading over a grid of cards named in bold text: the cards are the plans.
    const grid = priced[index] && candidate.flat ? gridBelow(candidate) : [];
    if (grid.length) {
      for (const gridPlan of grid) plans.set(gridPlan.name.toLowerCase(), gridPlan);
      return;
    }
    plans.set(key, plan);
    // One card names one plan: a second name in it is a badge or a subtitle.
    if (!candidate.flat) cardsTaken.add(candidate.card);
  });
  // One priced block is a product price, not a pricing table, unless a comparison table names its siblings.
  return [...plans.values()];
}

/**
 * Priced headings of two levels: a higher one whose card holds lower headings over two or more blocks with
 * their own prices ("What's included" over a detail block per plan) titles a section. Only then are cards searched.
 */
function withoutSections(candidates: readonly Candidate[], priced: (Plan | undefined)[]): (Plan | undefined)[] {
  const tags = new Set(candidates.filter((_, index) => priced[index]).map((candidate) => candidate.tag));
  if (tags.size < 2) return priced;
  return priced.map((plan, index) => {
    const candidate = candidates[index];
    return plan && candidate && titlesPricedBlocks(candidate) ? undefined : plan;
  });
}

function titlesPricedBlocks({ tag, card, flat }: Candidate): boolean {
  // Class-named plan names ("plan-name" spans) and the lowest heading level title no sections.
  const lower = [...headingTags].filter((other) => other > tag).join(", ");
  if (flat || !headingTags.has(tag) || !lower) return false;
  // A plan's tagline in a lower heading sits in one priced block: a section holds two or more.
  const blocks = new Set<Element>();
  for (const heading of Array.from(card.querySelectorAll(lower))) {
    const block = cardOf(heading);
    if (block !== card && card.contains(block) && priceIn(block) !== null) blocks.add(block);
    if (blocks.size >= 2) return true;
  }
  return false;
}

/**
 * The plan's name in its heading, before a tagline or badge set after a dash ("Starter – Für den schnellen Start"),
 * without an icon set before it ("🚀 Enterprise").
 */
function planNameIn(heading: string): string | undefined {
  const text = withoutBadge(heading.replace(leadingIcon, ""));
  const [name = "", ...rest] = text.split(/\s+[–—|-]\s+/);
  const tagged = rest.length > 0 && isPlanName(name);
  if (tagged && rest.length === 1 && isBadge(rest[0] ?? "")) return name;
  if (isPlanName(text) || isNumberedPlanName(text)) return text;
  return tagged ? name : undefined;
}

function candidateOf(heading: Element, name: string, flat: boolean, long: boolean): Candidate {
  const tag = heading.localName;
  const card = flat ? heading : cardOf(heading);
  return { tag, name, card, boxes: flat ? blocksAfter(heading, tag) : [card], flat, long };
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

/** The blocks up to the next heading of the same or a higher level: an "h3" plan ends at the next "h2" section. */
function blocksAfter(heading: Element, tag: string): Element[] {
  const blocks: Element[] = [];
  for (
    let next = heading.nextElementSibling;
    next && !endsSection(next.localName, tag);
    next = next.nextElementSibling
  ) {
    blocks.push(next);
  }
  return blocks;
}

function endsSection(next: string, tag: string): boolean {
  return next === tag || (headingTags.has(next) && next < tag);
}

function hasPlanNameClass(node: Element): boolean {
  // As the selector's `i`: ASCII letters only.
  return planNameClass.test((node.getAttribute("class") ?? "").replace(/[A-Z]+/g, (letters) => letters.toLowerCase()));
}

// A calculator's controls: its running total is no plan's price.
const calculatorControls = "input[type='range'], output";

/** The plan of a card with a price, or a free plan by its name or its price label. */
function pricedPlan({ name, boxes }: Candidate): Plan | undefined {
  const price = boxes.map(priceIn).find(Boolean);
  if (price && boxes.some((box) => box.querySelector(calculatorControls))) return undefined;
  if (price) return cardPlan(name, price, boxes);
  // An empty price slot that a monthly/yearly switch fills from its data attributes.
  const slot = attributePrice(boxes);
  if (slot) return { name, ...slot };
  return freeName.test(name) || hasLabel(boxes, freeLabel) ? { name, price: 0, period: periodIn(boxes) } : undefined;
}

/**
 * Where the priced plans sit, looked up once per page rather than once per candidate (a page of thousands of
 * cards would compare every card with every other).
 */
function pricedPlaces(priced: readonly Candidate[]) {
  // Every element above a priced card: marking stops at one already marked, whose own ancestors are.
  const above = new Set<Element>();
  const byCard = new Map<Element, Candidate[]>();
  const parents = new Set<Element | null>();
  const grandparents = new Set<Element | null>();
  for (const other of priced) {
    const sharing = byCard.get(other.card);
    if (sharing) sharing.push(other);
    else byCard.set(other.card, [other]);
    const parent = other.card.parentElement;
    parents.add(parent);
    if (parent) grandparents.add(parent.parentElement);
    for (let node = parent; node && !above.has(node); node = node.parentElement) above.add(node);
  }
  return {
    /**
     * A section heading ("Pricing", a "Most popular" ribbon above the grid): its card holds the cards of other
     * plans. In flat content its blocks hold the lower headings of priced plans ("## Development" "### Basic").
     */
    holdsPlans: (candidate: Candidate): boolean =>
      candidate.boxes.some(
        (box) => above.has(box) || (candidate.flat && (byCard.get(box) ?? []).some((other) => other !== candidate)),
      ),
    /** An on-request plan stands beside the priced ones, or below their grid; a contact box further off is help. */
    besidePlans: (candidate: Candidate): boolean =>
      parents.has(candidate.card.parentElement) || grandparents.has(candidate.card.parentElement),
  };
}

/**
 * The plans of a card grid that holds a flat heading's first price, named by no heading of their own. A
 * plan priced before such a list (add-ons, extra seats) keeps its own price.
 */
function gridBelow(candidate: Candidate): Plan[] {
  const box = candidate.boxes.find((block) => priceIn(block));
  if (!box || box.children.length < 2 || headingTags.has(box.localName)) return [];
  const plans = plansFromPrices(box, true);
  return plans.length >= 2 ? plans : [];
}
