import { shortText } from "./short-text";
import type { Plan } from "./types";

/**
 * What a plan's price is counted by: per user or seat, per pack of credits, per hour. And the extras
 * listed beside plans (add-ons, credit packs, hourly rates), which are no subscription plans.
 */

// The unit right after a price's "per", "/", "pro" or "je": "per user / month", "/user/mo", "pro Nutzer",
// "je Benutzer", "/Nutzer/Monat", "pro Mitarbeiter und Monat". "Up to 5 users" or "unlimited users" count
// seats a plan includes, and a count after "per" ("per 5 users") prices a pack.
const seatUnit =
  /(?:\/|\bper|\bpro|\bje|\ba)\s*(?:active\s+|aktive[nr]?\s+)?(?:users?|seats?|members?|agents?|licen[cs]es?|editors?|employees?|nutzer(?:in|innen)?|benutzer(?:in|innen)?|lizenz(?:en)?|mitarbeiter(?:in|innen|\*innen|:innen)?|mitglied(?:er)?|arbeitsplatz)(?!\p{L})/iu;

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

/** A price text that buys a pack of credits or messages rather than a plan. */
export function isPackPrice(text: string): boolean {
  return packUnit.test(apart(text));
}

// Names of extras offered beside plans: "Add-ons", "Credit pack", "Top-up", "Zusatzmodul", "Extra seats".
const extraName =
  /\b(?:add-?ons?|top-?ups?|credits?|credit packs?|guthaben|aufladung)\b|\bzusatz\w*|^(?:extra|additional|zusätzliche?)\s/iu;

/** A plan name that calls the card an add-on or a pack of credits. */
export function isExtraName(name: string): boolean {
  return extraName.test(name);
}

/**
 * The text of the line right after a price element ("€ 0.90" then "pro Benutzer / Monat"): its own
 * next sibling, or its parent's when the price ends its parent or a second price follows it. A line with
 * a price of its own is none.
 */
export function unitAfter(node: Element, box: Element): string {
  let at: Element | null = node;
  for (let up = 0; at && at !== box && up < 2; up++, at = at.parentElement) {
    // A struck or yearly price beside this one is passed over: the unit may follow their common box.
    const text = at.nextElementSibling ? shortText(at.nextElementSibling, 60) : undefined;
    if (text && !/\d[\d.,]*\s*[$€£]|[$€£]\s*\d/.test(text)) return text;
  }
  return "";
}

// Plans read from a card whose price is an hourly rate or a pack, or whose name calls it an extra.
const extras = new WeakSet<Plan>();

/** Marks a plan as an extra: dropped when subscription plans stand beside it. */
export function markExtra(plan: Plan): Plan {
  extras.add(plan);
  return plan;
}

/**
 * Plans without the extras beside them. A page of only rates or packs lists them as its prices (an
 * agency's hourly rates); beside a plan billed by the month or year they are add-ons, not plans.
 */
export function withoutExtras(plans: Plan[]): Plan[] {
  const extra = (plan: Plan) => extras.has(plan) || isExtraName(plan.name);
  const subscribed = plans.some((plan) => !extra(plan) && (plan.period === "month" || plan.period === "year"));
  return subscribed && plans.some(extra) ? plans.filter((plan) => !extra(plan)) : plans;
}
