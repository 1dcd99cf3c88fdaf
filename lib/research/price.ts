import { withoutZeroWidth } from "./text";

/** Money amounts as written on pricing pages and in press releases, in English and German styles. */

const currencySymbols: Record<string, string> = {
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  "₹": "INR",
  "₽": "RUB",
  rs: "INR",
  us$: "USD",
  a$: "AUD",
  au$: "AUD",
  c$: "CAD",
  ca$: "CAD",
  eur: "EUR",
  usd: "USD",
  chf: "CHF",
  gbp: "GBP",
  fr: "CHF",
  sfr: "CHF",
  euro: "EUR",
};

export function currencyCode(symbol: string): string | undefined {
  return currencySymbols[symbol.toLowerCase()] ?? (symbol.length === 3 ? symbol.toUpperCase() : undefined);
}

/**
 * "1.234,56" → 1234.56, "1,200" → 1200, "49,90" → 49.9, "12.5" → 12.5, "1.200" (German) → 1200,
 * "1’200" (Swiss) → 1200, "1,49,999" (Indian groups of two) → 149999.
 */
export function parseNumber(text: string): number | undefined {
  const value = text.replace(/['’\s]/g, "");
  const lastComma = value.lastIndexOf(",");
  const lastDot = value.lastIndexOf(".");
  let normalised = value;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both separators: the last one is the decimal mark.
    const [thousands, decimal] = lastComma > lastDot ? [".", ","] : [",", "."];
    normalised = value.split(thousands).join("").replace(decimal, ".");
  } else if (/^\d{1,3}(?:[.,]\d{3})+$/.test(value) || /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(value)) {
    // Groups of three after one separator kind are thousands; so are Indian groups of two before the last three.
    normalised = value.replace(/[.,]/g, "");
  } else {
    normalised = value.replace(",", ".");
  }
  const number = Number(normalised);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * A short text that is a price: "$29", "€ 49 / Monat", "49,90 €", "CHF 120", "ab 19 €", "€49 per user / month",
 * "19,- €", "CHF 5.–", "Fr. 49.–", "€ 29 90" (cents set apart), "99 € zzgl. MwSt.", "$12 USD/mo, billed annually",
 * "₹1,49,999", "1 200 €", "then $99 / month" (after a setup fee), and ranges read by their lower amount
 * ("400 – 900 €", "von 49 bis 99 €", "$10–20").
 */
// Groups of three set apart by a space ("1 200 €"), cents set apart ("€ 29 90"), a Swiss ".–" ending.
const digits = String.raw`\d{1,3}(?:\s\d{3})+(?!\d)|\d[\d.,'’]*(?:\s\d{2}(?!\d))?`;
const noCents = "(?:[.,](?:--|[-–—]))?";
const amount = `(${digits})${noCents}`;
// Currency tokens, longest first. A price written after its amount may also be "49 Euro" or "49.– Fr.".
const tokensBefore = String.raw`(?:US|AU?|CA?)\$|[$€£₹₽]|CHF|S?Fr\.|EUR|USD|GBP|INR|\bRs\.?`;
const tokensAfter = String.raw`[$€£₹₽]|CHF|S?Fr\.|EURO|EUR|USD|GBP|INR`;
// What may follow a price: a period, a unit, a tax or billing note, each opened by a known word
// ("£95pm", "£40 pcm", "£480 p.a.", "£50 ex VAT" in British English).
const tail = String.raw`(?:\s*,?\s*\(?(?:[/+]|(?:per|pro|je|a|an|im|mtl|monatl\w*|monthly|yearly|annually|jährl\w*|netto|net|brutto|zzgl|inkl|incl|excl|exkl|plus|usd|eur|chf|gbp|inr|billed|einmalig|festpreis|pauschal\w*|fixed price|one-time|one-off|lifetime|once|ex|exc|pm|pcm|pa|p\.[ma]\.)(?!\p{L}))(?:[\p{L} ./,+()]|\d{1,2}(?:[.,]\d)?\s?%){0,30})?`;
const rangeMark = String.raw`\s*(?:[–—-]|to|bis)\s*`;
// The upper end of a range ("650 € – 2.500 €", "€10–20"): the plan starts at the lower one.
const rangeEnd = String.raw`(?:${rangeMark}(?:${tokensBefore})?\s?\d[\d.,'’]*${noCents}(?:\s?(?:${tokensAfter}))?)?`;
// A range whose currency follows its upper amount only ("400 – 900 €", "von 49 bis 99 € pro Monat").
const bareRange = String.raw`${amount}${rangeMark}\d[\d.,'’]*${noCents}\s?(${tokensAfter})`;
// Footnote marks after a price ("$49.99 per year*") refer to the small print.
const pricePattern = new RegExp(
  String.raw`^(?:ab|from|von|starting at|only|nur|then|danach|dann)?\s*(?:(${tokensBefore})\s?${amount}|${amount}\s?(${tokensAfter})|${bareRange})${rangeEnd}\s*\*?${tail}\s*[*†]*$`,
  "iu",
);

/**
 * False when no part of `text` can be a price for `parsePrice`, even once cleaned: a price has its
 * currency beside a digit. Texts with white space or zero-width characters between them pass too.
 */
export function mayHoldPrice(text: string): boolean {
  return priceMark.test(withoutZeroWidth(text));
}

/** The currency tokens of `parsePrice`, as a regular expression source to build pre-checks from. */
export const currencyTokens = String.raw`[$€£₹₽]|CHF|Fr\.|EURO|EUR|USD|GBP|INR|\bRs\.?`;

// The currency tokens of `pricePattern` (with its flags) beside a digit, any white space between. The
// digits before a token are looked for behind it, once a token is found: looking ahead from every digit
// would read long runs of digits (data in scripts) again and again.
const priceMark = new RegExp(
  String.raw`(?:${currencyTokens})\s*\d|(?:${currencyTokens})(?<=\d[\d.,'’\s]*(?:[.,](?:--|[-–—])\s*)?(?:${currencyTokens}))`,
  "iu",
);

export function parsePrice(text: string): { price: number; currency?: string } | undefined {
  if (text.length > 45) return undefined;
  // A note set after a middle dot ("29 € / Monat · Team bis 10") is not part of the price.
  const match = pricePattern.exec(text.split(" · ")[0]?.trim() ?? "");
  if (!match) return undefined;
  const symbol = match[1] ?? match[4] ?? match[6] ?? "";
  const written = match[2] ?? match[3] ?? match[5] ?? "";
  // The rupee is written "Rs" or "Rs.": "RS 500" names a model.
  if (/^r/i.test(symbol) && !/^Rs\.?$/.test(symbol)) return undefined;
  // "Fr. 12.05" is a German weekday and date more often than a Swiss price.
  if (/^s?fr\.$/i.test(symbol) && match[1] && /^\d{1,2}\.(?:0?[1-9]|1[0-2])$/.test(written)) return undefined;
  const price = parseNumber(plainAmount(written));
  return price === undefined ? undefined : { price, currency: currencyCode(symbol.replace(".", "")) };
}

/** "29 90" (cents set apart) → "29,90": the form `parseNumber` reads. */
function plainAmount(text: string): string {
  return text.replace(/\s(\d{2})$/, ",$1");
}
