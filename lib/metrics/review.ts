import { divideCounts, type MetricCounts, type MetricRates, ratesOf, sumCounts } from "./counts";
import { addWeeks, type Week, type WeekKey, weekFromKey, weekOf, weekRange, weeksBetween } from "./week";
import { toWeekMetrics, type WeekMetrics } from "./weekly";

/** Baseline: the first N weeks from the first send, or an explicit inclusive range. */
export type BaselineSpec = { firstWeeks: number } | { from: WeekKey; to: WeekKey };

export interface Baseline {
  weeks: WeekKey[];
  /** Mean counts per week (weeks without sends count as zero). */
  perWeek: MetricCounts;
  /** Pooled rates (all emails of the range together), so a quiet week does not weigh as much as a busy one. */
  rates: MetricRates;
}

export interface Delta {
  current: number | null;
  reference: number | null;
  /** current − reference (rate points for rates); null when either side has no data. */
  change: number | null;
}

export interface Comparison {
  counts: Record<keyof MetricCounts, Delta>;
  rates: Record<keyof MetricRates, Delta>;
}

export interface WeekReview {
  thisWeek: WeekMetrics;
  lastWeek: WeekMetrics;
  baseline?: Baseline;
  vsLastWeek: Comparison;
  vsBaseline?: Comparison;
}

/** The weeks of a baseline spec, or undefined when it names no weeks. */
export function baselineWeeks(weeks: readonly WeekMetrics[], spec: BaselineSpec): Week[] | undefined {
  if ("firstWeeks" in spec) {
    const first = weeks[0] && weekFromKey(weeks[0].week);
    return first && spec.firstWeeks > 0 ? weekRange(addWeeks(first, spec.firstWeeks - 1), spec.firstWeeks) : undefined;
  }
  const from = weekFromKey(spec.from);
  const to = weekFromKey(spec.to);
  if (!from || !to || weeksBetween(from, to) < 0) return undefined;
  return weekRange(to, weeksBetween(from, to) + 1);
}

export function baselineOf(weeks: readonly WeekMetrics[], spec: BaselineSpec): Baseline | undefined {
  const range = baselineWeeks(weeks, spec);
  if (!range) return undefined;
  const byKey = indexByKey(weeks);
  const total = sumCounts(range.map((w) => byKey.get(w.key) ?? zeroCounts()));
  const perWeek = divideCounts(total, range.length);
  return { weeks: range.map((w) => w.key), perWeek, rates: ratesOf(total) };
}

export function weekReview(
  weeks: readonly WeekMetrics[],
  options: { now: number; timeZone: string; weeklyCap: number; baseline?: BaselineSpec },
): WeekReview {
  const current = weekOf(options.now, options.timeZone);
  const byKey = indexByKey(weeks);
  const pick = (week: Week) => byKey.get(week.key) ?? toWeekMetrics(week, zeroCounts(), options.weeklyCap);
  const thisWeek = pick(current);
  const lastWeek = pick(addWeeks(current, -1));
  const baseline = options.baseline ? baselineOf(weeks, options.baseline) : undefined;
  return {
    thisWeek,
    lastWeek,
    baseline,
    vsLastWeek: compare(thisWeek, thisWeek.rates, lastWeek, lastWeek.rates),
    vsBaseline: baseline && compare(thisWeek, thisWeek.rates, baseline.perWeek, baseline.rates),
  };
}

/** `count` consecutive weeks ending with the current one, zero-filled, oldest first: the trend chart. */
export function trendSeries(
  weeks: readonly WeekMetrics[],
  options: { now: number; timeZone: string; weeklyCap: number; count?: number },
): WeekMetrics[] {
  const byKey = indexByKey(weeks);
  return weekRange(weekOf(options.now, options.timeZone), options.count ?? 12).map(
    (week) => byKey.get(week.key) ?? toWeekMetrics(week, zeroCounts(), options.weeklyCap),
  );
}

export function compare(
  counts: MetricCounts,
  rates: MetricRates,
  referenceCounts: MetricCounts,
  referenceRates: MetricRates,
): Comparison {
  const delta = (current: number | null, reference: number | null): Delta => ({
    current,
    reference,
    change: current === null || reference === null ? null : current - reference,
  });
  const pairs = <K extends string>(keys: K[], a: Record<K, number | null>, b: Record<K, number | null>) =>
    Object.fromEntries(keys.map((k) => [k, delta(a[k], b[k])])) as Record<K, Delta>;
  return {
    counts: pairs(Object.keys(zeroCounts()) as (keyof MetricCounts)[], counts, referenceCounts),
    rates: pairs(Object.keys(rates) as (keyof MetricRates)[], rates, referenceRates),
  };
}

function indexByKey(weeks: readonly WeekMetrics[]): Map<WeekKey, WeekMetrics> {
  return new Map(weeks.map((w) => [w.week, w]));
}

const zeroCounts = (): MetricCounts => sumCounts([]);
