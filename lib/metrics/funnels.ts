import type { Person, Signal, SignalType } from "../model";
import type { EmailOutcome } from "./emails";
import type { Tier } from "./weekly";

export const funnelStages = ["sent", "opened", "replied", "meeting", "converted"] as const;
export type FunnelStage = (typeof funnelStages)[number];

export interface FunnelStep {
  stage: FunnelStage;
  /** Prospects who reached this stage or a later one. */
  count: number;
  /** count / prospects contacted; null when nobody was contacted. */
  rate: number | null;
  /** count / count of the previous stage: where the funnel leaks. */
  stepRate: number | null;
}

export interface Funnel<G extends string> {
  group: G;
  steps: FunnelStep[];
}

export type FunnelPerson = Pick<Person, "id" | "tier" | "companyId">;
export type FunnelSignal = Pick<Signal, "type" | "personId" | "companyId" | "date">;

interface Contacted {
  personId: string;
  firstSentAt: number;
  /** Index into funnelStages of the furthest stage any of the person's emails reached. */
  reached: number;
}

/**
 * Funnels count prospects, not emails: a prospect is "replied" when any email of
 * their sequence got a reply. Stages are cumulative (a meeting counts as replied,
 * opened and sent), so every funnel narrows even when a reply arrived without a
 * tracked open.
 */
export function contactedProspects(emails: readonly EmailOutcome[]): Contacted[] {
  const byPerson = new Map<string, Contacted>();
  for (const email of emails) {
    const entry = byPerson.get(email.personId);
    const reached = stageOf(email);
    if (!entry) byPerson.set(email.personId, { personId: email.personId, firstSentAt: email.sentAt, reached });
    else {
      entry.firstSentAt = Math.min(entry.firstSentAt, email.sentAt);
      entry.reached = Math.max(entry.reached, reached);
    }
  }
  return [...byPerson.values()];
}

function stageOf(email: EmailOutcome): number {
  if (email.converted) return 4;
  if (email.meeting) return 3;
  if (email.replied) return 2;
  return email.opened ? 1 : 0;
}

export function funnelsByTier(
  emails: readonly EmailOutcome[],
  people: readonly FunnelPerson[],
): Funnel<Tier | "unscored">[] {
  const tierOf = new Map(people.map((p) => [p.id, p.tier]));
  const groups = groupBy(contactedProspects(emails), (c) => [tierOf.get(c.personId) ?? "unscored"]);
  return (["A", "B", "C", "D", "unscored"] as const).map((group) => funnelOf(group, groups.get(group) ?? []));
}

/** Groups prospects by the signal types they (or their company) had when first contacted; "none" when no signal. */
export function funnelsBySignal(
  emails: readonly EmailOutcome[],
  people: readonly FunnelPerson[],
  signals: readonly FunnelSignal[],
): Funnel<SignalType | "none">[] {
  const companyOf = new Map(people.map((p) => [p.id, p.companyId]));
  const byOwner = new Map<string, FunnelSignal[]>();
  for (const signal of signals) {
    for (const owner of [signal.personId, signal.companyId]) {
      if (!owner) continue;
      const list = byOwner.get(owner);
      if (list) list.push(signal);
      else byOwner.set(owner, [signal]);
    }
  }
  const typesAtContact = (c: Contacted): (SignalType | "none")[] => {
    const company = companyOf.get(c.personId);
    const own = [...(byOwner.get(c.personId) ?? []), ...(company ? (byOwner.get(company) ?? []) : [])];
    const types = new Set(own.filter((s) => s.date <= c.firstSentAt).map((s) => s.type));
    return types.size > 0 ? [...types] : ["none"];
  };
  const groups = groupBy(contactedProspects(emails), typesAtContact);
  return [...groups.entries()]
    .map(([group, members]) => funnelOf(group, members))
    .sort((x, y) => (y.steps[0]?.count ?? 0) - (x.steps[0]?.count ?? 0));
}

function groupBy<G extends string>(items: readonly Contacted[], keysOf: (c: Contacted) => G[]): Map<G, Contacted[]> {
  const groups = new Map<G, Contacted[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function funnelOf<G extends string>(group: G, members: readonly Contacted[]): Funnel<G> {
  const counts = funnelStages.map((_, i) => members.filter((m) => m.reached >= i).length);
  const contacted = counts[0] ?? 0;
  const steps = funnelStages.map((stage, i) => {
    const count = counts[i] ?? 0;
    const previous = i === 0 ? contacted : (counts[i - 1] ?? 0);
    return {
      stage,
      count,
      rate: contacted > 0 ? count / contacted : null,
      stepRate: previous > 0 ? count / previous : null,
    };
  });
  return { group, steps };
}
