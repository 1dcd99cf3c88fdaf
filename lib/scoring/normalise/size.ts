import { parseLocaleNumber } from "./number";
import { fold, memoise } from "./text";

/** An employee range; `max` is absent for open bands such as "10,001+". */
export type SizeRange = { min: number; max?: number };

/** LinkedIn's company size bands, used to group customers and to label ranges. */
export const linkedInSizeBands: readonly SizeRange[] = [
  { min: 1, max: 10 },
  { min: 11, max: 50 },
  { min: 51, max: 200 },
  { min: 201, max: 500 },
  { min: 501, max: 1000 },
  { min: 1001, max: 5000 },
  { min: 5001, max: 10_000 },
  { min: 10_001 },
];

const RANGE = /(\d[\d.,'\s]*)\s*-\s*(\d[\d.,'\s]*)/;
const OPEN_ENDED = /(\d[\d.,'\s]*)\s*(\+|or more|und mehr|oder mehr|mehr)/;
const SINGLE = /^(?:about |ca\.? |circa |~)?(\d[\d.,'\s]*)(?: employees| mitarbeiter(?:innen)?| beschaftigte)?$/;
const SELF_EMPLOYED = /^(self-employed|selbststandig|freelance|0-1)/;

/**
 * "51-200 employees", "51–200 Beschäftigte", "10,001+ employees", "11-50 Mitarbeiter",
 * "Myself only", or a plain count → employee range.
 */
export const parseSizeBand = memoise((text: string): SizeRange | undefined => {
  const folded = fold(text);
  if (SELF_EMPLOYED.test(folded) || folded.startsWith("myself only") || folded.startsWith("nur ich")) {
    return { min: 1, max: 1 };
  }
  const range = RANGE.exec(folded);
  if (range?.[1] && range[2]) return rangeOf(range[1], range[2]);
  const open = OPEN_ENDED.exec(folded);
  if (open?.[1]) return openOf(open[1]);
  const single = SINGLE.exec(folded);
  if (single?.[1]) return exactOf(single[1]);
  return undefined;
});

/** Accepts a count or a band text. */
export function toSizeRange(value: string | number): SizeRange | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? { min: value, max: value } : undefined;
  return parseSizeBand(value);
}

/** The LinkedIn band a head count falls into. */
export function bandOf(count: number): SizeRange {
  return linkedInSizeBands.find((band) => count <= (band.max ?? Number.POSITIVE_INFINITY)) ?? { min: 10_001 };
}

export function formatSizeRange(range: SizeRange): string {
  if (range.max === undefined) return `${range.min.toLocaleString("en")}+`;
  if (range.min === range.max) return range.min.toLocaleString("en");
  return `${range.min.toLocaleString("en")}-${range.max.toLocaleString("en")}`;
}

/**
 * The head count a range stands for: its midpoint, or its floor when open. Comparing the
 * midpoint keeps a band from matching a wanted range it merely touches ("11-50" vs "50-500").
 */
export function representativeCount(range: SizeRange): number {
  return range.max === undefined ? range.min : (range.min + range.max) / 2;
}

function rangeOf(low: string, high: string): SizeRange | undefined {
  const min = parseLocaleNumber(low);
  const max = parseLocaleNumber(high);
  if (min === undefined || max === undefined || max < min) return undefined;
  return { min, max };
}

function openOf(low: string): SizeRange | undefined {
  const min = parseLocaleNumber(low);
  return min === undefined ? undefined : { min };
}

function exactOf(count: string): SizeRange | undefined {
  const value = parseLocaleNumber(count);
  return value === undefined ? undefined : { min: value, max: value };
}
