import { hasLabel, isPlanName, onRequest, withoutBadge } from "./plan-cards";
import { isPerSeat, periodOf } from "./plan-units";
import { currencyTokens, parsePrice } from "./price";
import { shortText } from "./short-text";
import { clean } from "./text";
import type { Plan } from "./types";

/**
 * What this needs of a plan candidate: its name's heading tag, its card, whether its heading has siblings of
 * its level in one parent (no card of its own), and whether the name is longer than most plans' names.
 */
type Candidate = { tag: string; card: Element; flat: boolean; long?: boolean };

/**
 * A plan card split by lower headings ("Licence", "Buy") whose last section holds the card's price: that
 * one priced lower heading is a section of the plan. Two or more in one card are plans under a title.
 * Each lower candidate finds the cards around it by its ancestors, so a page of thousands of price
 * blocks is not compared pair by pair.
 */
export function withoutSubsections(
  candidates: readonly Candidate[],
  priced: (Plan | undefined)[],
): (Plan | undefined)[] {
  const outers = new Map<Element, number[]>();
  candidates.forEach((outer, index) => {
    if (priced[index] && !outer.flat) outers.get(outer.card)?.push(index) ?? outers.set(outer.card, [index]);
  });
  if (outers.size === 0) return priced;
  const held = new Map<number, number[]>();
  candidates.forEach((other, at) => {
    if (!priced[at] || !other.flat) return;
    for (let box: Element | null = other.card; box; box = box.parentElement) {
      for (const index of outers.get(box) ?? []) {
        if (other.tag > (candidates[index]?.tag ?? "")) held.get(index)?.push(at) ?? held.set(index, [at]);
      }
    }
  });
  const inner = new Set<number>();
  for (const sections of held.values()) if (sections.length === 1 && sections[0] !== undefined) inner.add(sections[0]);
  return inner.size ? priced.map((plan, index) => (inner.has(index) ? undefined : plan)) : priced;
}

// A heading that says whom a plan is for ("Für kleine Teams", "For growing companies") is its tagline.
const tagline = /^(?:für|for)\s/i;

/**
 * The plan's name set as a small label right before its tagline heading ("Start" above "Für Solo & kleine
 * Teams"). Without such a label the heading itself is read as usual.
 */
export function nameBeforeTagline(heading: Element, text: string): string | undefined {
  const before = heading.previousElementSibling;
  if (!before || !tagline.test(text)) return undefined;
  const label = shortText(before, 30);
  return label && isPlanName(label) && !onRequest.test(label) ? withoutBadge(label) : undefined;
}

/**
 * A heading of up to seven words that may name a plan ("An issue for your topic"), if its card says so (see
 * `withLongNames`). A sentence, closed by its full stop, is none.
 */
export function isLongPlanName(text: string): boolean {
  return !/[.…]$/.test(text) && isPlanName(text, 7, 48);
}

/**
 * The plans of long-named candidates, priced where the structure says the heading is a plan's name: on a page
 * about pricing, the card stands in one grid with a priced card named by a usual name in a heading of the same
 * level, and holds no shorter name of its own (a long tagline above "Solo" is not the plan's name). Only those
 * cards are priced: most long headings title sections and articles.
 */
export function withLongNames<C extends Candidate>(
  candidates: readonly C[],
  priced: (Plan | undefined)[],
  priceOf: (candidate: C) => Plan | undefined,
  aboutPricing: () => boolean,
): (Plan | undefined)[] {
  if (!candidates.some((candidate) => candidate.long)) return priced;
  // What vouches for a grid, gathered in one pass (a page of thousands of long headings is not compared
  // pair by pair): a priced plan with a name of the usual length, per parent and heading level, and the
  // cards that hold such a name. Long section titles side by side make no grid.
  const vouched = new Map<Element | null, Set<string>>();
  const namedCards = new Set<Element>();
  candidates.forEach((other, at) => {
    if (other.long) return;
    namedCards.add(other.card);
    if (!priced[at] || other.flat) return;
    const parent = other.card.parentElement;
    vouched.set(parent, (vouched.get(parent) ?? new Set()).add(other.tag));
  });
  const gridded = (candidate: C) =>
    !candidate.flat &&
    vouched.get(candidate.card.parentElement)?.has(candidate.tag) === true &&
    !namedCards.has(candidate.card);
  const long = new Set(candidates.filter((candidate) => candidate.long && gridded(candidate)));
  if (!long.size || !aboutPricing()) return priced;
  return candidates.map((candidate, index) => (long.has(candidate) ? priceOf(candidate) : priced[index]));
}

/** A plan name candidate without a price in its card: its name, heading tag, card and blocks (see pricing.ts). */
type Unpriced = Candidate & { name: string; boxes: Element[] };

/** Plans of a page whose plan headings show no price of their own: cards quoted on request, or plans in prose. */
export function unpricedPlans(root: Element, candidates: readonly Unpriced[], path: string): Plan[] {
  const quoted = quotedPlans(root, candidates, path);
  return quoted.length ? quoted : prosePlans(candidates, path);
}

// The page's own address names it a pricing page: a docs page there describes the product's own plans.
const pricingAddress = /(?:^|\/)(?:pricing|preise|prices|tarife)(?:[/._-]|$)/i;
// An amount with its currency inside a sentence ("Starting at $1000 per month, …", "ab 49 € pro Monat").
const pricePhrase = new RegExp(String.raw`(?:${currencyTokens})\s?\d|\d[\d.,]*\s?(?:${currencyTokens}|euro)`, "iu");
const freeWords = /\b(?:free of charge|kostenlos|kostenfrei|free forever|at no cost)\b/i;
// A plan word ending a heading ("Pro Plan", "Team-Tarif"): it names plans of one list, priced or not.
const planWord = /(?:^|[\s-])(plan|tarif|paket|package|tier|edition)$/i;

/**
 * Plans described in prose under sibling headings ("Pro Plan" and a paragraph "Starting at $1000 per month, …"),
 * read on pricing pages only: every heading of the level names a plan, each section states at most one price, two
 * or more state one (a price or "free of charge"), and one is billed by a period. Posts comparing others' plans live
 * at other addresses, and state many prices per section.
 */
export function prosePlans(candidates: readonly Unpriced[], path: string): Plan[] {
  if (!pricingAddress.test(path)) return [];
  const groups = new Map<Element, Unpriced[]>();
  for (const candidate of candidates) {
    const parent = candidate.flat && !candidate.long ? candidate.card.parentElement : null;
    if (parent && (groups.get(parent)?.[0]?.tag ?? candidate.tag) === candidate.tag)
      groups.set(parent, [...(groups.get(parent) ?? []), candidate]);
  }
  // Every heading of the level names a plan: sections on discounts, partners or questions beside them make it no list.
  const lists = [...groups].filter(
    ([parent, group]) => parent.querySelectorAll(`:scope > ${group[0]?.tag}`).length === group.length,
  );
  return lists.map(([, group]) => proseGroupPlans(group)).sort((a, b) => b.length - a.length)[0] ?? [];
}

function proseGroupPlans(group: readonly Unpriced[]): Plan[] {
  if (group.length < 2) return [];
  const stated = group.map(({ boxes }) => sentencePrices(boxes));
  if (stated.some((prices) => prices === undefined)) return [];
  const priced = group.filter((_, index) => stated[index]);
  // A plan is billed by the month or year; a day rate or a fee is no plan's price.
  if (priced.length < 2 || !stated.some((plan) => plan?.price && plan.period)) return [];
  const words = new Set(priced.map(({ name }) => planWord.exec(name)?.[1]?.toLowerCase()));
  return group.flatMap(({ name }, index) => {
    const plan = stated[index];
    if (plan) return [{ name, ...plan }];
    // An unpriced section is a plan of the list when its heading ends in the priced ones' plan word.
    return words.has(planWord.exec(name)?.[1]?.toLowerCase()) && !words.has(undefined) ? [{ name }] : [];
  });
}

/**
 * The one price a section's sentences state (null: none), or undefined when two or more sentences state one.
 */
function sentencePrices(boxes: readonly Element[]): Omit<Plan, "name"> | null | undefined {
  const text = boxes.map((box) => clean(box.textContent)).join(" ");
  let found: Omit<Plan, "name"> | null = null;
  for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
    const plan = sentencePrice(sentence);
    if (plan && found) return undefined;
    found = plan ?? found;
  }
  return found;
}

function sentencePrice(sentence: string): Omit<Plan, "name"> | undefined {
  const at = pricePhrase.exec(sentence);
  if (!at) return freeWords.test(sentence) ? { price: 0 } : undefined;
  // The phrase runs from the amount to the first comma or clause after it.
  const phrase = sentence.slice(at.index, at.index + 45).split(/[,;:()]|\s(?:and|und|or|oder|for|für|with|mit)\s/)[0];
  const price = parsePrice(phrase?.trim() ?? "");
  if (!price) return undefined;
  const period = periodOf(phrase ?? "");
  return { ...price, ...(period ? { period } : {}), ...(isPerSeat(phrase ?? "") ? { perSeat: true } : {}) };
}

// A card's price given as a quote only: the label in place of a price, not a contact link.
const quoteLabel =
  /^(?:preis(?:e)? auf anfrage|auf anfrage|individueller preis|price on request|pricing on request|custom pricing|custom quote|contact (?:us|sales) for (?:a )?(?:pricing|quote))$/i;
// The page is about prices: product and service grids with "auf Anfrage" elsewhere are no plans.
const pricingTopic = /pric|preis|tarif|plans?\b|pakete|packages|abonnement|abo\b|\bkosten\b/i;

/** Plan cards none of which shows a price, each labelled as quoted on request ("Preis auf Anfrage"). */
function quotedPlans(root: Element, candidates: readonly Unpriced[], path: string): Plan[] {
  // The title is read first: most pages without prices are no pricing pages, and their cards are not searched.
  if (candidates.length < 2 || !aboutPricing(root.ownerDocument, path)) return [];
  // The cards of one grid share their parent and their heading level.
  const grids = new Map<Element, Unpriced[]>();
  for (const candidate of candidates) {
    const parent = candidate.card.parentElement;
    if (candidate.flat || candidate.long || !parent || !hasLabel(candidate.boxes, quoteLabel)) continue;
    const grid = grids.get(parent) ?? [];
    if (grid.every((other) => other.tag === candidate.tag)) grids.set(parent, [...grid, candidate]);
  }
  const grid = [...grids.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (grid.length < 2 || grid.length > 6) return [];
  return grid.map(({ name }) => ({ name, onRequest: true }));
}

/** The page's title, main heading or address speaks of prices or plans. */
export function aboutPricing(doc: Document, path: string): boolean {
  const heading = doc.querySelector("h1")?.textContent ?? "";
  return pricingTopic.test(`${doc.title} ${heading} ${path}`);
}
