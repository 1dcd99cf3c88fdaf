import { memoPerPage } from "./page-memo";
import { priceElements } from "./plan-price-elements";
import {
  isStruck,
  markExtra,
  markOneOff,
  onceLine,
  paidOnce,
  paidOnceUnits,
  periodIn,
  periodOf,
  perPurchase,
  priceUnits,
  statedPrices,
  unitAfter,
} from "./plan-units";
import { currencyTokens, mayHoldPrice, parsePrice } from "./price";
import { shortText } from "./short-text";
import { textLines } from "./text";
import type { Plan } from "./types";

/**
 * Plan cards read from their prices, for pricing pages whose plan names are no headings (styled
 * paragraphs, BEM-named divs) and for comparison tables; and the readings of a card both use.
 */

// Calls to action of a plan without a public price, and a price given as "Custom".
export const onRequest =
  /contact sales|talk to (?:sales|us|an expert)|contact us|get in touch|get a quote|request a (?:quote|demo)|book a (?:demo|call)|schedule a (?:demo|call)|let'?s talk|custom pricing|^custom$|auf anfrage|individuell|kontakt aufnehmen|kontaktieren sie uns|kontaktiere uns|kontaktiert uns|sprich mit uns|sprechen sie mit uns|vertrieb kontaktieren|angebot anfordern|jetzt anfragen|demo (?:vereinbaren|buchen|anfragen)|gespräch (?:anfragen|vereinbaren)/i;
// Ribbons and badges on a plan card, set in the card's name styles.
const badge =
  /^(?:most popular|popular|best value|best deal|recommended|bestseller|new|neu|beliebt\w*(?: wahl)?|am beliebtesten|most common|meistgewählt|empfohlen|empfehlung|unsere empfehlung|top[- ]?seller|save \d+ ?%|spare \d+ ?%)$/i;
/** A ribbon or badge text ("Most popular", "Meistgewählt"). */
export function isBadge(text: string): boolean {
  return badge.test(text);
}

/** A plan name without a badge or tax note set after it in brackets ("Kernpaket (Empfohlen)", "Pro (zzgl. MwSt.)"). */
export function withoutBadge(name: string): string {
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(name);
  const note = bracketed?.[2] ?? "";
  return bracketed?.[1] && (isBadge(note) || taxNote.test(note)) ? bracketed[1] : name;
}

// Section headings near plans that are no plans: questions, help and call-to-action boxes.
// Lines that carry the features of a lower tier over ("Everything in Basic, plus:") lead a list, not a plan.
// A name ending in "plans" or "Pakete" titles a group of plans ("Monthly home plans"); a compound with "FAQ-" names a
// product ("FAQ-Chatbot").
const notAPlan =
  /[?!:]$|\b(?:faq|fragen|questions|hilfe|help)\b(?!-\p{L})|^(?:everything|all features) (?:in|of|from)\b|^alles (?:aus|im|in)\b|\s(?:plans|pakete|tarife|packages)$/iu;

// Tax notes set beside prices ("zzgl. MwSt.", "excl. VAT", "Preise netto"), in a card's head or over a grid.
const taxNote =
  /\b(?:mwst|ust|vat|netto|brutto|umsatzsteuer|mehrwertsteuer)\b|\b(?:zzgl|inkl|exkl|excl|incl|ex|plus)\b\.?\s*(?:tax|steuer)/i;

// The heading or total of a cost calculator ("Was kostet Ihre Website?", "Estimate your cost", "Preisrechner").
const calculator =
  /\bkostet\b|(?:preis|kosten|budget)(?:rechner|kalkulator)|kalkulator\b|\bcalculat(?:or|e)\b|\bestimat(?:e|ed|or)\b|\bhow much\b|schätzung\b|\bberechnen\b/i;

/**
 * A short text that can name a plan: no price, no long number, no badge, no question, no tax note, no
 * calculator. Names are at most four words; a card's heading may hold a longer one (see plan-sections.ts).
 */
export function isPlanName(text: string, words = 4, length = 30): boolean {
  return (
    text.length >= 2 &&
    text.length <= length &&
    text.split(/\s+/).length <= words &&
    !parsePrice(text) &&
    !/\d{2,}/.test(text) &&
    !badge.test(text) &&
    !notAPlan.test(text) &&
    !calculator.test(text) &&
    !taxNote.test(withoutBadge(text))
  );
}

// A name numbered by its size, version or year ("Team 50", "Pro 2025", "Home + Microsoft 365"): capitalised words
// and the number last. Bounds and counts ("Bis 50", "Up To 20", "Top 10", "Seit 1998") name no plan.
const numberedName = /^(?:\p{Lu}[\p{L}.-]*|[+&])(?:\s(?:\p{Lu}[\p{L}.-]*|[+&])){0,3}\s\d{2,4}$/u;
const boundWord =
  /^(?:ab|bis|über|unter|up|to|from|over|under|max|min|top|seit|since|nr|no|vol|step|schritt|phase|tag|day|woche|week|jahr|year|seite|page|kapitel|chapter|level|stufe|pack)$/i;

/**
 * A heading's, name element's or card title's text that names a plan with a number of two or more digits, which
 * `isPlanName` rejects in card lines (prices, counts): only the element's role or place says such a text is a name.
 */
export function isNumberedPlanName(text: string): boolean {
  // A price with its currency code first ("EUR 49") reads like a name and a number.
  if (text.length > 30 || !numberedName.test(text) || parsePrice(text)) return false;
  const words = text.split(" ").slice(0, -1);
  return !words.some((word) => boundWord.test(word)) && isPlanName(words.join(" "));
}

/**
 * A card's price and the period written beside it, if any. `period` null: a rate by the hour, day or
 * session, which no plan period describes. `perSeat`: billed per user; `pack`: buys a pack of credits.
 */
export type CardPrice = {
  price: number;
  currency?: string;
  period?: Plan["period"] | null;
  perSeat?: true;
  pack?: true;
  oneOff?: true;
};

/** The plan a card names and prices; a rate or a pack is marked an extra (see `withoutExtras`). */
export function cardPlan(name: string, card: CardPrice, boxes: readonly Element[]): Plan {
  const { period: _period, perSeat, pack, oneOff, ...price } = card;
  const plan: Plan = { name, ...price, period: planPeriod(card, boxes), ...(perSeat ? { perSeat } : {}) };
  if (oneOff) markOneOff(plan);
  return card.period === null || pack ? markExtra(plan) : plan;
}

/**
 * The plan's period: the one beside its price ("99 € / Jahr"), else the first in its card. Feature lines
 * ("billed the same as monthly") must not outweigh the price's own unit.
 */
export function planPeriod(price: CardPrice, boxes: readonly Element[]): Plan["period"] {
  // A rate by the hour or day has no plan period, whatever else the card bills monthly.
  if (price.period === null) return undefined;
  return price.period ?? periodIn(boxes);
}

/** A button or short label ("Contact sales", "Free forever"); the same words in a sentence are help text. */
export function hasLabel(boxes: readonly Element[], words: RegExp): boolean {
  return boxes.some((box) =>
    [box, ...Array.from(box.querySelectorAll("a, button, span, p, div, strong"))].some((node) => {
      const text = shortText(node, 40);
      return text !== undefined && text.length <= 40 && words.test(text);
    }),
  );
}

/**
 * The first price in a box, or null (which the memo keeps, unlike undefined). Headings of one
 * list share their card (an article's sections): it is searched once.
 */
export const priceIn = memoPerPage((box: Element) => findPrice(box) ?? null);

// A rate by the hour or day ("85 € / Stunde") bills by no plan period, whatever else its card says monthly.
const rateUnit =
  /(?:\/|\bper|\bpro|\bje|\ba)\s*(?:stunde|std\b|h\b|hour|hr\b|tag\b|day\b|woche|week|einsatz|session|sitzung)/i;

function findPrice(box: Element): CardPrice | undefined {
  // Most cards show no price, and one search of their text says so.
  if (!mayHoldPrice(box.textContent ?? "")) return undefined;
  let once: CardPrice | undefined;
  let struck: CardPrice | undefined;
  for (const node of [box, ...Array.from(box.querySelectorAll("*"))]) {
    if (node.children.length > 5) continue;
    for (const [text, price] of statedPrices(shortText(node, 90))) {
      // A struck price ("<s>$49</s> $29") is the one before a discount: the current one follows it.
      if (isStruck(node, box)) {
        struck ??= { ...price, period: periodOf(text) };
        continue;
      }
      const period = periodOf(text);
      if (!period && rateUnit.test(text)) return { ...price, period: null };
      const unit = unitAfter(node, box);
      const units = { ...price, ...priceUnits(`${text} ${unit}`) };
      // "Paid once" stands in the price or leads the line after it ("€ 900" "one-time", not "Setup included").
      const onceText =
        paidOnce.test(text) || perPurchase.test(`${text} ${unit}`) ? text : onceLine.test(unit) ? unit : undefined;
      const billed = period ?? (onceText ? undefined : periodOf(unit)); // "per year for …" outweighs feature lines
      if (!once && !billed && onceText) once = { ...units, ...paidOnceUnits(onceText) };
      else if (!once || billed) return { ...units, period: billed };
    }
  }
  return once ?? struck;
}

/**
 * False when no price on the page is billed by a period, per seat or once ("$29/mo", "49 €\npro
 * Monat", "ab 990 € einmalig"): pages with no such price have no plan cards to look for. As
 * `mayHoldPrice`, digits before a currency are looked for behind it.
 */
export function mayHoldBilledPrice(text: string): boolean {
  return billedPrice.test(text);
}

// A currency beside its amount, or a range of amounts ("$10–20 per seat"), then the billing word. A
// space belongs to the amount only before a digit: runs of spaces are not read in many ways.
const billedPrice = new RegExp(
  String.raw`(?:${currencyTokens})(?:(?<=\d[\d.,'’\s]*(?:[.,](?:--|[-–—])\s*)?(?:${currencyTokens}))|\s*\d(?:\s?[\d.,'’])*(?:[.,](?:--|[-–—]))?(?:\s*[–—-]\s*\d[\d.,'’]*)?)\s*(?:\*\s*)?(?:\/|\+|(?:per|pro|je|a|im|mtl|monatl\w*|monthly|yearly|annually|jährl\w*|netto|net|zzgl|inkl|incl|excl|exkl|plus|usd|eur|chf|inr|billed|einmalig|festpreis|pauschal\w*|one-time|one-off|lifetime|ex|exc|pm|pcm|pa|p\.[ma]\.)(?!\p{L}))`,
  "iu",
);

/**
 * Plans of cards found by their prices: each card's name is its first line that reads as one. The
 * page's body is no grid; a block below a section heading may be one (`rootIsGrid`).
 */
export function plansFromPrices(body: Element, rootIsGrid = false): Plan[] {
  const prices = priceElements(body);
  if (prices.length < 2) return [];
  // The lowest box with two priced children is the plan grid, or a card with a monthly and a
  // yearly price (whose children bear no names): boxes are tried from the prices upwards.
  for (const [grid, cards] of pricedChildren(prices, body, rootIsGrid)) {
    if (cards.size < 2 || grid.children.length > maxCards) continue;
    const plans = gridPlans(grid, cards);
    if (plans.length >= 2) return plans;
  }
  return [];
}

// More children than this make a product list or a page section, not a row of plans.
const maxCards = 8;

/** Per ancestor of the prices, nearest first, its children that hold one. */
function pricedChildren(prices: readonly Element[], body: Element, rootIsGrid: boolean): [Element, Set<Element>][] {
  const byParent = new Map<Element, { level: number; children: Set<Element> }>();
  for (const price of prices) {
    let child = price;
    for (let level = 0; level < 8 && child !== body; level++) {
      const parent = child.parentElement;
      if (!parent || (parent === body && !rootIsGrid)) break;
      const entry = byParent.get(parent) ?? { level, children: new Set<Element>() };
      entry.level = Math.min(entry.level, level);
      entry.children.add(child);
      byParent.set(parent, entry);
      child = parent;
    }
  }
  return [...byParent].sort((a, b) => a[1].level - b[1].level).map(([parent, { children }]) => [parent, children]);
}

function gridPlans(grid: Element, priced: ReadonlySet<Element>): Plan[] {
  const plans = Array.from(grid.children).flatMap((card): Plan[] => {
    // A block that holds a table is a page section around a comparison (see plan-tables.ts), no card.
    const name = card.querySelector("table") ? undefined : nameLine(card);
    const price = priced.has(card) ? priceIn(card) : null;
    if (!name) return [];
    if (price) return [cardPlan(name, price, [card])];
    // A free card often shows no amount, only its name ("Kostenlos" above its features).
    if (freeName.test(name)) return [{ name, price: 0 }];
    // A table row's cells are its labels ("Enterprise" "Custom").
    return hasLabel(card.localName === "tr" ? Array.from(card.children) : [card], onRequest)
      ? [{ name, onRequest: true }]
      : [];
  });
  return new Set(plans.map((plan) => plan.name)).size >= 2 && (areBilled(plans, grid) || calledPlans(priced))
    ? plans
    : [];
}

// Card classes that call a card a plan ("pricing", "plan-card", "tier", "paket", "price-card"), which product cards
// are not: their price is a child of the card, not the card.
const planClass = /(?:^|[\s_-])(?:pricing|plan|tier|package|paket|tarif|price|preis)(?:$|[\s_-])/i;

/** Agency packages priced once without saying so ("Basic £500"): each priced card is called a plan by its class. */
function calledPlans(cards: ReadonlySet<Element>): boolean {
  return [...cards].every((card) => planClass.test(card.getAttribute("class") ?? ""));
}

/** A shop's product grid has prices too: plans are billed by a period or once, or offered on request. */
export function areBilled(plans: readonly Plan[], box: Element): boolean {
  return (
    plans.some((plan) => plan.onRequest || plan.period) || /einmalig|one-time|lifetime/i.test(box.textContent ?? "")
  );
}

/**
 * The card's first line that reads as a plan name, before its price. A name set inline before its
 * tagline ("Premium" "Upgrade your team…" in two spans, one line) is the title in the card's head.
 */
function nameLine(card: Element): string | undefined {
  let first = true;
  for (const line of textLines(card)) {
    // A price labelled as another's ("Agentur: 6.000 €", "Regular: $99") compares; the card's own follows its name.
    if (mayHoldPrice(line) && !comparedPrice.test(line)) return undefined;
    const title = first && !isPlanName(line) ? titleIn(card) : undefined;
    if (title && line.length > title.length && line.startsWith(title)) return title;
    if (isPlanName(line) && !onRequest.test(line)) return withoutBadge(line);
    // The card's first line, above its price, titles it: there a number is part of the name ("Pro 25").
    if (first && isNumberedPlanName(line)) return line;
    first = false;
  }
  return undefined;
}

const comparedPrice = /^[\p{L}][\p{L} -]{1,30}:\s/u;
/** The text of the card's first element whose class calls it a title or name, if it reads as a plan name. */
function titleIn(card: Element): string | undefined {
  // The title leads the card: only the chain of first children is read, not every feature row.
  let node = card.firstElementChild;
  for (let depth = 0; node && depth < 4; depth++, node = node.firstElementChild) {
    if (!titleClass.test(node.getAttribute("class") ?? "")) continue;
    const text = shortText(node, 30);
    return text && isPlanName(text) && !onRequest.test(text) ? text : undefined;
  }
  return undefined;
}

const titleClass = /(?<!sub)title|name/i;
/** A plan named free in words. */
export const freeName = /^(free|kostenlos|gratis|starter free|free forever)$/i;
