/**
 * Weekly review metrics: pure functions over the attributed emails (attributeEvents, or the
 * stored email log of lib/db/email-log.ts) and people.
 *
 * Public API (lib/metrics, all pure, all times epoch ms, all weeks ISO Monday-start in `timeZone`):
 * - weeklyMetrics(emails, people, { timeZone, weeklyCap, qualifiedTiers? }) → WeekMetrics[]
 *     one entry per week with sends, oldest first; counts + rates + weekly cap use.
 * - weekReview(weeks, { now, timeZone, weeklyCap, baseline? }) → WeekReview                             (review.ts)
 *     { thisWeek, lastWeek, baseline?, vsLastWeek, vsBaseline? }; each Comparison holds
 *     { current, reference, change } per count and per rate (change in rate points).
 * - baselineOf(weeks, { firstWeeks: n } | { from: "2026-W45", to: "2026-W47" }) → Baseline | undefined (review.ts)
 *     mean counts per week, pooled rates.
 * - trendSeries(weeks, { now, timeZone, weeklyCap, count = 12 }) → WeekMetrics[] zero-filled           (review.ts)
 * - funnelsByTier(emails, people) / funnelsBySignal(emails, people, signals) → Funnel[]                  (funnels.ts)
 * - compareVariants(a, b, maxSends?) → AbResult: Wilson CIs, Fisher or z-test p, honest Verdict          (abtest.ts)
 *     countVariants(emails, bySubjectVariant | bySendSlot(tz) | byAngle, success) feeds it;
 *     poolWeeks(perWeek) pools weeks; verdictMessage(verdict, "en" | "de") words it.
 * - loopStep(weeks, { now, timeZone, baselineTarget?, reference?, startWeek? }) → LoopState (steps 1-5) (loop.ts)
 *     weakestMetrics(rates, reference = defaultReference, count = 2) → WeakMetric[]
 * - attributeEvents(events) → { emails: EmailOutcome[], unattributed }                                  (emails.ts)
 *
 * Attribution rule: every open, click, reply, meeting, conversion, bounce and
 * unsubscribe is linked to the email it answers (same person and step, see
 * emails.ts) and counted in the week that email was SENT, so each rate is
 * "share of the emails sent in week W that were opened / replied / …", and a
 * late reply raises the rate of the week that earned it. Rates of the current
 * week therefore still grow for a few days.
 */
import type { Person } from "../model";
import { countEmail, emptyCounts, type MetricCounts, type MetricRates, ratesOf } from "./counts";
import type { EmailOutcome } from "./emails";
import { createWeekLookup, type Week, type WeekKey } from "./week";

export type Tier = NonNullable<Person["tier"]>;
export type TieredPerson = Pick<Person, "id" | "tier">;

export interface WeekMetrics extends MetricCounts {
  week: WeekKey;
  /** Local date of the week's Monday. */
  start: string;
  rates: MetricRates;
  weeklyCap: number;
  /** Sent / weekly cap (above 1 when the cap was overridden). */
  capUsed: number;
}

export interface WeeklyOptions {
  timeZone: string;
  weeklyCap: number;
  /** Tiers whose sends count as qualified; default A and B. */
  qualifiedTiers?: readonly Tier[];
}

export const defaultQualifiedTiers: readonly Tier[] = ["A", "B"];

export function weeklyMetrics(
  emails: readonly EmailOutcome[],
  people: readonly TieredPerson[],
  options: WeeklyOptions,
): WeekMetrics[] {
  const qualified = qualifiedPeople(people, options.qualifiedTiers ?? defaultQualifiedTiers);
  const weekOf = createWeekLookup(options.timeZone);
  const byWeek = new Map<WeekKey, { week: Week; counts: MetricCounts }>();
  for (const email of emails) {
    const week = weekOf(email.sentAt);
    let entry = byWeek.get(week.key);
    if (!entry) {
      entry = { week, counts: emptyCounts() };
      byWeek.set(week.key, entry);
    }
    countEmail(entry.counts, email, qualified.has(email.personId));
  }
  return [...byWeek.values()]
    .sort((a, b) => a.week.start.localeCompare(b.week.start))
    .map(({ week, counts }) => toWeekMetrics(week, counts, options.weeklyCap));
}

function qualifiedPeople(people: readonly TieredPerson[], tiers: readonly Tier[]): Set<string> {
  return new Set(people.filter((p) => p.tier !== undefined && tiers.includes(p.tier)).map((p) => p.id));
}

export function toWeekMetrics(week: Week, counts: MetricCounts, weeklyCap: number): WeekMetrics {
  return {
    ...counts,
    week: week.key,
    start: week.start,
    rates: ratesOf(counts),
    weeklyCap,
    capUsed: weeklyCap > 0 ? counts.sent / weeklyCap : 0,
  };
}
