import { astroProps, flightPush, flightValues, parsedJson, revivedFlatData } from "./embedded-json";
import { memoPerPage } from "./page-memo";
import { isPlanName, onRequest } from "./plan-cards";
import { isPerSeat } from "./plan-units";
import { currencyCode, parseNumber, parsePrice } from "./price";
import { textLines } from "./text";
import type { Plan } from "./types";

/**
 * Plans whose prices a script fills in: the page ships its plan cards with empty price slots and
 * the prices in its own embedded data (Next.js page data, JSON data islands) or in data
 * attributes a monthly/yearly switch reads.
 */

// Data islands that may hold the plans: JSON scripts (Next.js pages router, Nuxt 3), Astro island props,
// and the inline scripts a Next.js app router page pushes its flight data with. Larger texts are
// bundles of a whole site, not one page's data.
const dataScripts = "script#__NEXT_DATA__, script[type='application/json']";
const islands = "astro-island[props]";
const inlineScripts = "script:not([src]):not([type])";
const maxScript = 600_000;
// A walk reads this many values at most: page data can be a whole content tree.
const maxValues = 20_000;

/**
 * The page's plans with the prices its embedded data gives: plans read from the markup keep theirs
 * and take a missing one from the data; a pricing page whose cards show no prices at all takes the
 * data's plans when their names stand on the page as lines of their own, when each is billed by a
 * period (a list of products has prices, not periods), or when the page is a shell a script renders.
 */
export function withEmbeddedPlans(plans: Plan[], body: Element, aboutPricing: () => boolean): Plan[] {
  const unpriced = plans.some((plan) => plan.price === undefined && !plan.onRequest);
  if (plans.length >= 2 && !unpriced) return plans;
  const doc = body.ownerDocument;
  if (!doc.querySelector(`${dataScripts}, ${islands}, ${inlineScripts}`) || !aboutPricing()) return plans;
  const embedded = embeddedPlans(doc);
  if (embedded.length < 2) return plans;
  const byName = new Map(embedded.map((plan) => [plan.name.toLowerCase(), plan]));
  if (plans.length >= 2)
    return plans.map((plan) =>
      plan.price === undefined && !plan.onRequest ? (byName.get(plan.name.toLowerCase()) ?? plan) : plan,
    );
  const lines = textLines(body);
  const names = new Set(lines.map((line) => line.toLowerCase()));
  const shown = embedded.filter((plan) => names.has(plan.name.toLowerCase()));
  if (shown.length >= 2) return shown;
  // A page that a script renders shows nothing of its own: its data is all it has.
  const shell = lines.join(" ").length < 300;
  return shell || embedded.every((plan) => plan.period || plan.onRequest) ? embedded : plans;
}

/** Plans listed in the page's embedded data: the longest list of two or more named, priced plans. */
export function embeddedPlans(doc: Document): Plan[] {
  let best: Plan[] = [];
  const budget = { left: maxValues };
  for (const data of pageData(doc, budget)) {
    const found = plansIn(data, budget, 0);
    if (found.length > best.length) best = found;
  }
  return best;
}

const pricedText = /price|preis|amount/i;

/** The values of the page's data islands that mention prices, each read at most once. */
function pageData(doc: Document, budget: { left: number }): unknown[] {
  const values: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll(dataScripts)).slice(0, 20)) {
    const text = script.textContent ?? "";
    if (text.length > maxScript || !pricedText.test(text)) continue;
    const json = parsedJson(text);
    values.push(script.id === "__NUXT_DATA__" ? revivedFlatData(json, budget) : json);
  }
  for (const island of Array.from(doc.querySelectorAll(islands)).slice(0, 20)) {
    const props = island.getAttribute("props") ?? "";
    if (props.length <= maxScript && pricedText.test(props)) values.push(astroProps(props));
  }
  return [...values, ...flightValues(flightScripts(doc), maxScript)];
}

/** The inline scripts that push a Next.js app router page's flight data. */
function flightScripts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll(inlineScripts), (script) => script.textContent ?? "").filter((text) =>
    text.startsWith(flightPush),
  );
}

function plansIn(value: unknown, budget: { left: number }, depth: number): Plan[] {
  if (budget.left-- <= 0 || depth > 14 || typeof value !== "object" || value === null) return [];
  const children = Array.isArray(value) ? value : Object.values(value);
  let best = Array.isArray(value) ? planList(value) : [];
  for (const child of children) {
    const found = plansIn(child, budget, depth + 1);
    if (found.length > best.length) best = found;
  }
  return best;
}

/** The plans of a list whose entries are plans; one list names each plan once. */
function planList(entries: readonly unknown[]): Plan[] {
  if (entries.length < 2 || entries.length > 8) return [];
  const plans = entries.flatMap((entry) => {
    const plan = isRecord(entry) ? planOf(entry) : undefined;
    return plan ? [plan] : [];
  });
  const names = new Set(plans.map((plan) => plan.name.toLowerCase()));
  return plans.length >= 2 && names.size === plans.length && plans.some((plan) => plan.price !== undefined)
    ? plans
    : [];
}

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const nameKeys = ["name", "title", "label", "planName", "plan_name", "tierName", "tier", "displayName", "heading"];
// Price keys by the period they bill, monthly first: a plan shown with both is read by its monthly price.
const priceKeys: readonly [string, Plan["period"]][] = [
  ["monthlyPrice", "month"],
  ["priceMonthly", "month"],
  ["monthly_price", "month"],
  ["price_monthly", "month"],
  ["pricePerMonth", "month"],
  ["monthly", "month"],
  ["price", undefined],
  ["amount", undefined],
  ["unit_amount", undefined],
  ["cost", undefined],
  ["startingPrice", undefined],
  ["yearlyPrice", "year"],
  ["annualPrice", "year"],
  ["priceYearly", "year"],
  ["yearly_price", "year"],
  ["annual_price", "year"],
  ["yearly", "year"],
  ["annual", "year"],
];
const periodKeys = ["interval", "period", "billingPeriod", "billing_period", "billingCycle", "frequency", "per"];
const currencyKeys = ["currency", "currencyCode", "priceCurrency", "currency_code"];

function planOf(entry: Data): Plan | undefined {
  const name = nameKeys.map((key) => entry[key]).find((value) => typeof value === "string");
  if (typeof name !== "string" || !isPlanName(name.trim())) return undefined;
  for (const [key, keyPeriod] of priceKeys) {
    const read = priceOf(entry[key], key === "unit_amount" ? 100 : 1);
    if (read === "quote") return { name: name.trim(), onRequest: true };
    if (!read) continue;
    const currency = read.currency ?? currencyOf(entry) ?? currencyOf(isRecord(entry[key]) ? entry[key] : {});
    const period = keyPeriod ?? read.period ?? periodOf(entry) ?? periodOf(entry.recurring);
    const seat = perSeatIn(entry, entry[key]) ? { perSeat: true } : {};
    return { name: name.trim(), price: read.price, ...(currency ? { currency } : {}), period, ...seat };
  }
  return undefined;
}

type Read = { price: number; currency?: string; period?: Plan["period"] };

/** A price value: a number, a price text ("€29 / mo"), or an object with an amount ({ monthly, yearly }). */
function priceOf(value: unknown, divisor: number): Read | "quote" | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? { price: value / divisor } : undefined;
  if (typeof value === "string") return priceText(value.trim());
  if (!isRecord(value)) return undefined;
  for (const [key, keyPeriod] of [...priceKeys, ["value", undefined] as const]) {
    const read = priceOf(value[key], key === "unit_amount" ? 100 : divisor);
    if (read && read !== "quote") return { ...read, period: keyPeriod ?? read.period };
  }
  return undefined;
}

function priceText(text: string): Read | "quote" | undefined {
  if (/^(?:free|kostenlos|gratis)$/i.test(text)) return { price: 0 };
  if (/^\d+(?:[.,]\d{1,2})?$/.test(text)) {
    const price = parseNumber(text);
    return price === undefined ? undefined : { price };
  }
  if (text.length <= 30 && onRequest.test(text)) return "quote";
  const parsed = parsePrice(text);
  return parsed ? { ...parsed, period: periodWord(text) } : undefined;
}

// Texts beside a plan's price that say what it is counted by ("per user / month").
const unitKeys = [
  "per",
  "unit",
  "period",
  "price_period",
  "pricePeriod",
  "priceUnit",
  "priceSuffix",
  "suffix",
  "billingInfo",
  "billing",
  "priceNote",
];

/** The plan's price is per seat: its price text or a unit text says so, or a flag does. */
function perSeatIn(entry: Data, price: unknown): boolean {
  if (entry.perSeat === true || entry.per_seat === true) return true;
  return [price, ...unitKeys.map((key) => entry[key])].some(
    (text) => typeof text === "string" && text.length <= 60 && isPerSeat(text),
  );
}

function currencyOf(entry: Data): string | undefined {
  const value = currencyKeys.map((key) => entry[key]).find((found) => typeof found === "string");
  return typeof value === "string" && value.length <= 4 ? currencyCode(value.trim()) : undefined;
}

function periodOf(entry: unknown): Plan["period"] {
  if (!isRecord(entry)) return undefined;
  const value = periodKeys.map((key) => entry[key]).find((found) => typeof found === "string");
  return typeof value === "string" ? periodWord(value) : undefined;
}

/** "month", "/mo", "monthly", "jährlich": the period a word bills by; paid once has none. */
function periodWord(text: string): Plan["period"] {
  if (/one-time|one-off|once|lifetime|einmalig/i.test(text)) return undefined;
  if (/\bmo\b|month|monat|\bmtl\b/i.test(text)) return "month";
  return /\byr\b|year|annual|jahr|jährl/i.test(text) ? "year" : undefined;
}

// Price slots that a monthly/yearly switch fills from its data attributes, monthly first.
const attributeKeys: readonly [string, Plan["period"]][] = [
  ["data-monthly-price", "month"],
  ["data-price-monthly", "month"],
  ["data-monthly", "month"],
  ["data-price-month", "month"],
  ["data-price", undefined],
  ["data-yearly-price", "year"],
  ["data-annual-price", "year"],
  ["data-price-yearly", "year"],
  ["data-price-annual", "year"],
  ["data-yearly", "year"],
  ["data-annual", "year"],
];
const attributeSelector = attributeKeys.map(([name]) => `[${name}]`).join(", ");
const hasSlots = memoPerPage((doc: Document) => doc.querySelector(attributeSelector) !== null);
const currencySign = /[$€£₹]|\b(?:CHF|EUR|USD|GBP)\b/;

/**
 * The price a card's switch writes into an empty slot ("€<span data-monthly-price="29"></span>/mo"),
 * with the currency the card shows beside it or names in a data attribute.
 */
export function attributePrice(boxes: readonly Element[]): Omit<Plan, "name"> | undefined {
  // Most pages have no such slot: one query of the page says so, before any card is searched.
  const [first] = boxes;
  if (!first || !hasSlots(first.ownerDocument)) return undefined;
  for (const box of boxes) {
    const slots = [box, ...Array.from(box.querySelectorAll(attributeSelector))];
    for (const [name, period] of attributeKeys) {
      const slot = slots.find((node) => node.hasAttribute(name));
      const value = slot?.getAttribute(name)?.trim() ?? "";
      if (!slot || !/^\d+(?:[.,]\d{1,2})?$/.test(value)) continue;
      const price = parseNumber(value);
      const sign = slot.getAttribute("data-currency") ?? currencySign.exec(box.textContent ?? "")?.[0];
      const currency = sign ? currencyCode(sign) : undefined;
      // A bare number without a currency anywhere near is a count or an index, not a price.
      if (price === undefined || !currency) continue;
      return { price, currency, period };
    }
  }
  return undefined;
}
