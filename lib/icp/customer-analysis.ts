import { industryLabel, normaliseIndustry } from "../scoring/normalise/industry";
import { countryCode, normaliseLocation } from "../scoring/normalise/location";
import { parseMoney } from "../scoring/normalise/revenue";
import { bandOf, formatSizeRange, representativeCount, toSizeRange } from "../scoring/normalise/size";
import { compact } from "../scoring/normalise/text";
import { type CustomerField, type CustomerMapping, customerMappingSchema } from "./customer-mapping";

export type Dimension = "industry" | "size" | "country" | "technology";

/** How one value (an industry, a size band, …) is spread among all and among top customers. */
export type Segment = {
  /** Taxonomy id, size band ("51-200"), ISO country or compacted technology name. */
  key: string;
  label: string;
  /** False for industries outside the taxonomy: shown, but not proposed as a criterion. */
  mappable: boolean;
  count: number;
  topCount: number;
  /** Share of all customers, and of top customers, in this segment. */
  share: number;
  topShare: number;
  /** Share of the total customer value this segment brings. */
  valueShare: number;
  /** topShare / share: above 1 means over-represented among high-value customers. */
  lift: number;
  overRepresented: boolean;
};

export type CustomerAnalysis = {
  customers: number;
  topCustomers: number;
  /** Lowest value still in the top quartile. */
  topThreshold: number;
  totalValue: number;
  /** Rows without a readable value, left out of the analysis. */
  skippedRows: number;
  segments: Record<Dimension, Segment[]>;
};

export type AnalysisResult = { ok: true; analysis: CustomerAnalysis } | { ok: false; errors: string[] };

export const minCustomers = 8;
/** Lift at which a segment counts as over-represented, and the top customers it must hold. */
const minLift = 1.25;
const minTopShare = 0.1;

type Customer = { value: number; keys: Record<Dimension, { key: string; label: string; mappable: boolean }[]> };

/**
 * Which industries, size bands, countries and technologies are over-represented among the
 * top quartile of customers by value (ARR, LTV or, failing those, revenue) compared with all.
 */
export function analyseCustomers(rows: readonly (readonly string[])[], mapping: CustomerMapping): AnalysisResult {
  const checked = customerMappingSchema.safeParse(mapping);
  if (!checked.success) return { ok: false, errors: ["The column mapping is not valid."] };
  const valueColumn = mapping.value ?? mapping.revenue;
  if (valueColumn === undefined) {
    return { ok: false, errors: ["Pick the column with each customer's value (ARR, LTV or revenue)."] };
  }
  const customers = rows.flatMap((row) => readCustomer(row, valueColumn, mapping));
  if (customers.length < minCustomers) {
    return {
      ok: false,
      errors: [`At least ${minCustomers} customers with a readable value are needed; found ${customers.length}.`],
    };
  }
  if (!hasDimension(mapping)) {
    return {
      ok: false,
      errors: ["Pick at least one of industry, employees, country or technologies to compare customers by."],
    };
  }
  return { ok: true, analysis: summarise(customers, rows.length - customers.length) };
}

function hasDimension(mapping: CustomerMapping): boolean {
  return (["industry", "employees", "country", "technologies"] as const).some((field) => mapping[field] !== undefined);
}

function readCustomer(row: readonly string[], valueColumn: number, mapping: CustomerMapping): Customer[] {
  const value = parseMoney(row[valueColumn] ?? "")?.amount;
  if (value === undefined || value < 0) return [];
  const cell = (field: CustomerField) => {
    const column = mapping[field];
    return column === undefined ? "" : (row[column] ?? "").trim();
  };
  return [
    {
      value,
      keys: {
        industry: industryKey(cell("industry")),
        size: sizeKey(cell("employees")),
        country: countryKey(cell("country")),
        technology: technologyKeys(cell("technologies")),
      },
    },
  ];
}

function summarise(customers: Customer[], skippedRows: number): CustomerAnalysis {
  const sorted = [...customers].sort((a, b) => b.value - a.value);
  const topCount = Math.ceil(sorted.length / 4);
  const top = new Set(sorted.slice(0, topCount));
  const totalValue = sorted.reduce((sum, customer) => sum + customer.value, 0);
  const dimensions: Dimension[] = ["industry", "size", "country", "technology"];
  const segments = Object.fromEntries(
    dimensions.map((dimension) => [dimension, segmentsOf(dimension, sorted, top, totalValue)]),
  ) as Record<Dimension, Segment[]>;
  return {
    customers: sorted.length,
    topCustomers: topCount,
    topThreshold: sorted[topCount - 1]?.value ?? 0,
    totalValue,
    skippedRows,
    segments,
  };
}

type Tally = { label: string; mappable: boolean; count: number; topCount: number; value: number };

function segmentsOf(dimension: Dimension, customers: Customer[], top: Set<Customer>, totalValue: number): Segment[] {
  const tallies = new Map<string, Tally>();
  for (const customer of customers) {
    for (const { key, label, mappable } of customer.keys[dimension]) {
      const tally = tallies.get(key) ?? { label, mappable, count: 0, topCount: 0, value: 0 };
      tally.count += 1;
      tally.value += customer.value;
      if (top.has(customer)) tally.topCount += 1;
      tallies.set(key, tally);
    }
  }
  return [...tallies].map(([key, tally]) => toSegment(key, tally, customers.length, top.size, totalValue)).sort(byLift);
}

function toSegment(key: string, tally: Tally, all: number, topAll: number, totalValue: number): Segment {
  const share = tally.count / all;
  const topShare = tally.topCount / topAll;
  const lift = share === 0 ? 0 : topShare / share;
  return {
    key,
    label: tally.label,
    mappable: tally.mappable,
    count: tally.count,
    topCount: tally.topCount,
    share,
    topShare,
    valueShare: totalValue === 0 ? 0 : tally.value / totalValue,
    lift,
    overRepresented: lift >= minLift && tally.topCount >= Math.max(2, Math.ceil(topAll * minTopShare)),
  };
}

/** Over-represented segments first: a lift of 4 from a single customer means little. */
function byLift(a: Segment, b: Segment): number {
  const standsOut = Number(b.overRepresented) - Number(a.overRepresented);
  return standsOut || b.lift - a.lift || b.topCount - a.topCount || a.key.localeCompare(b.key);
}

type Key = { key: string; label: string; mappable: boolean };

function industryKey(text: string): Key[] {
  if (!text) return [];
  const id = normaliseIndustry(text);
  return [
    id
      ? { key: id, label: industryLabel(id), mappable: true }
      : { key: `other:${compact(text)}`, label: text, mappable: false },
  ];
}

function sizeKey(text: string): Key[] {
  const count = text ? Number(text.replace(/[.,'\s]/g, "")) : Number.NaN;
  const range = Number.isInteger(count) ? toSizeRange(count) : toSizeRange(text);
  if (!range) return [];
  const band = formatSizeRange(bandOf(representativeCount(range)));
  return [{ key: band, label: band, mappable: true }];
}

function countryKey(text: string): Key[] {
  const code = text ? (normaliseLocation(text)?.country ?? countryCode(text)) : undefined;
  return code ? [{ key: code, label: code, mappable: true }] : [];
}

function technologyKeys(text: string): Key[] {
  const names = text
    .split(/[,;|/]/)
    .map((name) => name.trim())
    .filter(Boolean);
  const unique = new Map(names.map((name) => [compact(name), name]));
  return [...unique].filter(([key]) => key).map(([key, label]) => ({ key, label, mappable: true }));
}
