import { mayHoldPrice, parsePrice } from "./price";
import { shortText } from "./short-text";
import { textLines } from "./text";
import type { Plan } from "./types";

/**
 * What a plan's price is counted by: per user or seat, per pack of credits, per hour, per month or year,
 * once. And the extras listed beside plans (add-ons, credit packs, hourly rates), which are no subscription plans.
 */

// The unit right after a price's "per", "/", "pro" or "je": "per user / month", "/user/mo", "pro Nutzer",
// "je Benutzer", "/Nutzer/Monat", "pro Mitarbeiter und Monat", "pro Person und Monat", and per device ("/mo per computer",
// "pro Gerät"), which a team pays once for each member's machine. "Up to 5 users" or "unlimited users" count
// seats a plan includes, and a count after "per" ("per 5 users") prices a pack.
const seatUnit =
  /(?:\/|\bper|\bpro|\bje|\ba)\s*(?:active\s+|aktive[nr]?\s+)?(?:users?|seats?|members?|agents?|licen[cs]es?|editors?|employees?|nutzer(?:in|innen)?|benutzer(?:in|innen)?|lizenz(?:en)?|mitarbeiter(?:in|innen|\*innen|:innen)?|mitglied(?:er)?|arbeitsplatz|person(?:en|s)?|people|computers?|devices?|endpoints?|geräte?n?)(?!\p{L})/iu;

/** A price text or the unit line beside it bills per user or seat. */
export function isPerSeat(text: string): boolean {
  return seatUnit.test(apart(text));
}

/**
 * Inline elements run into one another ("/month/editor" "Upgrade", "€ 0.90" "pro Benutzer"): a capital
 * after a small letter, or a letter after a digit, starts a word.
 */
function apart(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})|(\d)(\p{L})/gu, (_, small, capital, digit, letter) =>
    small ? `${small} ${capital}` : `${digit} ${letter}`,
  );
}

// A price for a quantity of usage units ("€49 / 1,000 credits", "$10 per 5k credits", "für 500 SMS").
const packUnit =
  /(?:\/|\bper|\bfor|\bfür|\bje|\bpro)\s*\d[\d.,]*\s*k?\s*(?:credits?|tokens?|sms|messages|nachrichten|minutes|minuten)(?!\p{L})/iu;
// A price per a count of any unit, often the product's own ("$10 /month/5k Pings", "€ 8 per 2.000 Pings"):
// "for" and "für" state what a plan includes ("for 3 websites"), so only "per", "/", "je" and "pro" count.
const countUnit = /(?:\/|\bper|\bje|\bpro)\s*\d[\d.,]*\s*k?\s*(\p{L}+)/giu;
// Counts of time ("/ 12 months") and of seats ("pro 5 Nutzer") price a plan's term or its seats, not a pack.
const termOrSeat =
  /^(?:mo|mos|mon|mte|months?|monate?n?|monats?|y|yrs?|years?|jahre?n?|jahres|weeks?|wochen?|days?|tage?n?|users?|seats?|members?|agents?|licen[cs]es?|editors?|employees?|nutzer\w*|benutzer\w*|lizenz\w*|mitarbeiter\w*|mitglied\w*|arbeitspl\w*|people|persons?|personen|computers?|devices?|endpoints?|geräte?n?|x)$/i;

/** A price text that buys a pack of credits or messages, or any count of a unit, rather than a plan. */
export function isPackPrice(text: string): boolean {
  const spaced = apart(text);
  if (packUnit.test(spaced)) return true;
  if (!/\d/.test(spaced)) return false;
  for (const [, unit = ""] of spaced.matchAll(countUnit)) if (!termOrSeat.test(unit)) return true;
  return false;
}

// "pm" and "pa" count right after an amount only ("£95pm"): elsewhere "pm" is a time of day.
const monthly =
  /\/\s*(?:mo|month|monat|user\s*\/\s*month)|(?:per|a) month|pro monat|im monat|und monat|monthly|monatlich|\bmtl\b|\/\s*mo\b|\bpcm\b|\bp\/m\b|\d\s?(?:pm|p\.m\.)(?!\p{L})(?<=[$€£₹₽]\s?\d[\d.,]*\s?(?:pm|p\.m\.))/iu;
const yearly = /\/\s*(?:yr|year|jahr)|per year|per annum|pro jahr|jährlich|annually|\d\s?(?:pa|p\.a\.)(?!\p{L})/iu;

/** The period the boxes' text bills by: the first monthly or yearly unit in it. */
export function periodIn(boxes: readonly Element[]): Plan["period"] {
  return periodOf(boxes.map((box) => textLines(box).join("\n")).join("\n"));
}

export function periodOf(text: string): Plan["period"] {
  if (monthly.test(text)) return "month";
  return yearly.test(text) ? "year" : undefined;
}

/** What a price text and the unit after it count by: per seat, per pack. */
export function priceUnits(text: string): { perSeat?: true; pack?: true } {
  return { ...(isPerSeat(text) ? { perSeat: true } : {}), ...(isPackPrice(text) ? { pack: true } : {}) };
}

// Names of extras offered beside plans: "Add-ons", "Credit pack", "Top-up", "Zusatzmodul", "Extra seats".
const extraName =
  /\b(?:add-?ons?|top-?ups?|credits?|credit packs?|guthaben|aufladung)\b|\bzusatz\w*|^(?:extra|additional|zusätzliche?)\s/iu;

/** A plan name that calls the card an add-on or a pack of credits. */
export function isExtraName(name: string): boolean {
  return extraName.test(name);
}

// A fee paid once, often set before the plan's recurring price ("$300 one-time setup", "then $99 / month"),
// and a licence bought for good ("$249 lifetime").
export const paidOnce =
  /one-time|one-off|setup|set-up|einmalig|einrichtung|lifetime|lebenslang|perpetual|pay once|einmal zahlen|festpreis|pauschal|fixed price/i;
// A price per order, project or report buys one piece of work, paid once for each: a service, not a subscription.
export const perPurchase =
  /(?:\/|\bper|\bpro|\bje)\s*(?:orders?|projects?|reports?|auftrag|projekt|bericht|bestellung)(?!\p{L})/iu;
// "Paid once" leading the line after a price ("one-time", "einmalig, danach …"), not "Setup included".
export const onceLine =
  /^(?:one-time|one-off|einmalig|once|lifetime|lebenslang|perpetual|pay once|festpreis|pauschal|fixed price)/i;

type StatedPrice = [text: string, price: NonNullable<ReturnType<typeof parsePrice>>];
// Clauses of one price line, set apart by a comma or semicolon (not the decimal comma of "1.547,00 €").
const clauseMark = /[,;]\s+/;
const alternativeMark = /\s+(?:or|oder)\s+/i;

/**
 * The prices a short text states: the text itself, or clause by clause a fee paid once and the price after
 * it, in a line longer than one price ("ab 1.547 € einmalig, danach 49 € pro Monat") or in the note after a fee's
 * amount ("einmalig, danach 49 € / Monat"). Of other long lines only a leading price is read.
 */
export function statedPrices(text: string | undefined): StatedPrice[] {
  if (!text) return [];
  const whole = text.length <= 45 ? parsePrice(text) : undefined;
  if (whole) return [[text, whole]];
  // Prices offered as alternatives ("$8/mo or $80/yr", "9 € monatlich oder 90 € jährlich"): the first is the plan's.
  const [choice = "", other] = text.split(alternativeMark, 2);
  const chosen = other && mayHoldPrice(other) ? parsePrice(choice) : undefined;
  if (chosen) return [[choice, chosen]];
  if (!clauseMark.test(text)) return [];
  const [first = "", ...rest] = text.split(clauseMark);
  const lead = parsePrice(first);
  const stated: StatedPrice[] = lead ? [[first, lead]] : [];
  // Only a fee paid once announces the price that follows it.
  if (!(lead ? paidOnce.test(first) : onceLine.test(first))) return stated;
  for (const clause of rest.slice(0, 2)) {
    const price = parsePrice(clause);
    if (price) stated.push([clause, price]);
  }
  return stated;
}

/** A line without a price of its own, or a fee's note that names the price after it ("einmalig, danach 49 € / Monat"). */
function isUnit(text: string): boolean {
  return !mayHoldPrice(text) || onceLine.test(text);
}

/**
 * The text of the line right after a price element ("€ 0.90" then "pro Benutzer / Monat"): its own
 * next sibling, past one sibling price ("446 €" "375 € netto" "einmalig"), or its parent's when the price
 * ends its parent. A line with a price of its own is none.
 */
export function unitAfter(node: Element, box: Element): string {
  let at: Element | null = node;
  for (let up = 0; at && at !== box && up < 2; up++, at = at.parentElement) {
    // A struck, yearly or net price beside this one is passed over: the unit may follow it, or their common box.
    let next = at.nextElementSibling;
    if (next && !isUnit(shortText(next, 60) ?? "")) next = next.nextElementSibling;
    const text = next ? shortText(next, 60) : undefined;
    if (text && isUnit(text)) return text;
  }
  return "";
}

const struckTags = new Set(["s", "del", "strike"]);
// Classes of a struck price: "old-price", "price--was", "line-through", "strikethrough", "compare-at".
const struckClass =
  /(?:^|[\s_-])(?:old|was|strike(?:through|d)?|crossed|line-through|original)(?=$|[\s_-])|old-?price|price-?old|compare-?at/i;

/** A price struck through by its tag, class or style, or by an element around it inside the card. */
export function isStruck(node: Element, box: Element): boolean {
  for (let at: Element | null = node, up = 0; at && up < 3; at = at.parentElement, up++) {
    if (struckTags.has(at.localName) || struckClass.test(at.getAttribute("class") ?? "")) return true;
    if ((at.getAttribute("style") ?? "").includes("line-through")) return true;
    if (at === box) return false;
  }
  return false;
}

// Plans read from a card whose price is an hourly rate or a pack, or whose name calls it an extra.
const extras = new WeakSet<Plan>();

/** Marks a plan as an extra: dropped when subscription plans stand beside it. */
export function markExtra(plan: Plan): Plan {
  extras.add(plan);
  return plan;
}

// A licence bought for good is a plan; other prices paid once are services or fees ("Audit € 900 one-time").
const forGood = /lifetime|lebenslang|perpetual|dauerhaft/i;

/** The period of a price paid once, marked a one-off unless it buys a licence for good. */
export function paidOnceUnits(text: string): { period: "once"; oneOff?: true } {
  return forGood.test(text) ? { period: "once" } : { period: "once", oneOff: true };
}

// Plans read from a card priced once, not for good: a service or a fee rather than a licence.
const oneOffs = new WeakSet<Plan>();

/** Marks a plan as priced once for a service: dropped beside two or more subscription plans. */
export function markOneOff(plan: Plan): Plan {
  oneOffs.add(plan);
  return plan;
}

/**
 * Plans without the extras beside them. A page of only rates or packs lists them as its prices (an
 * agency's hourly rates); beside a plan billed by the month or year they are add-ons, not plans.
 * A lone service priced once (a setup, a kit) beside two or more subscription plans is no tier of the
 * subscription. Several packages priced once are an offer of their own (an agency's starter packages beside
 * its monthly care plans), and so are packages beside a single monthly plan.
 */
export function withoutExtras(plans: Plan[]): Plan[] {
  const extra = (plan: Plan) => extras.has(plan) || isExtraName(plan.name);
  const recurring = plans.filter((plan) => !extra(plan) && (plan.period === "month" || plan.period === "year"));
  const loneOneOff = plans.filter((plan) => oneOffs.has(plan)).length === 1;
  const dropped = (plan: Plan) => extra(plan) || (recurring.length >= 2 && loneOneOff && oneOffs.has(plan));
  return recurring.length && plans.some(dropped) ? plans.filter((plan) => !dropped(plan)) : plans;
}
