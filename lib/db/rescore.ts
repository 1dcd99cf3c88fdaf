import type { Company, Icp, Person, Signal } from "../model";
import { factsNeeded } from "../prospects/readiness";
import { type ScoreSummary, scoreSummary } from "../scoring/score";
import type { ProspectDatabase } from "./database";
import { syncReadiness } from "./facts";
import { activeIcp } from "./icps";

export type RescoreProgress = { done: number; total: number };
export type RescoreOptions = {
  batchSize?: number;
  onProgress?: (progress: RescoreProgress) => void;
  /** Stops between batches: a newer rescore replaces this one. */
  signal?: AbortSignal;
  now?: number;
  /** Lets the page paint and other work run between batches. */
  pause?: () => Promise<void>;
};

const defaultBatchSize = 500;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Scores one person with the active ICP and caches score and tier on them; no active ICP clears both. */
export async function scorePerson(
  db: ProspectDatabase,
  personId: string,
  now = Date.now(),
): Promise<ScoreSummary | undefined> {
  const [result] = await scorePeople(db, [personId], now);
  return result;
}

/** After a capture: the captured person, or everyone at the captured company (its data feeds their scores). */
export async function scoreCaptured(
  db: ProspectDatabase,
  stored: { personId?: string; companyId?: string },
  now = Date.now(),
): Promise<void> {
  if (stored.personId) await scorePeople(db, [stored.personId], now);
  else if (stored.companyId) {
    await scorePeople(db, await db.people.where("companyId").equals(stored.companyId).primaryKeys(), now);
  }
}

/** Scores a few people in one transaction and moves their readiness along with the new scores. */
async function scorePeople(
  db: ProspectDatabase,
  ids: readonly string[],
  now: number,
): Promise<(ScoreSummary | undefined)[]> {
  if (ids.length === 0) return [];
  return db.transaction("rw", [db.people, db.companies, db.signals, db.icps, db.facts], async () => {
    const people = (await db.people.bulkGet([...ids])).filter((person) => person !== undefined);
    const results = await scoreBatch(db, people, await activeIcp(db), now);
    for (const person of people) await syncReadiness(db, person.id);
    return results;
  });
}

/**
 * Rescores every prospect with the active ICP, `batchSize` people per transaction with a
 * pause between batches so the page stays responsive, then moves people whose readiness
 * may have changed. Returns false when it was cancelled.
 */
export async function rescoreAll(db: ProspectDatabase, options: RescoreOptions = {}): Promise<boolean> {
  const { batchSize = defaultBatchSize, onProgress, signal, now = Date.now(), pause = nextTask } = options;
  const icp = await activeIcp(db);
  const total = await db.people.count();
  let done = 0;
  let lastId: string | undefined;
  onProgress?.({ done, total });
  while (!signal?.aborted) {
    const after = lastId;
    const batch = await db.transaction("rw", [db.people, db.companies, db.signals], async () => {
      const people = await (after === undefined ? db.people.orderBy("id") : db.people.where("id").above(after))
        .limit(batchSize)
        .toArray();
      // The batch is every person between its first and last id: their signals are one range of the index.
      const first = people[0]?.id;
      const last = people[people.length - 1]?.id;
      await scoreBatch(db, people, icp, now, first !== undefined && last !== undefined ? { first, last } : undefined);
      return people;
    });
    if (batch.length === 0) break;
    done += batch.length;
    lastId = batch[batch.length - 1]?.id;
    onProgress?.({ done, total: Math.max(total, done) });
    await pause();
  }
  if (signal?.aborted) return false;
  await syncReadinessOfCandidates(db);
  return true;
}

/** From the first to the last id of a batch of people, with nobody in between left out. */
type IdRange = { first: string; last: string };

/** Scores people against one ICP (or clears their scores without one) and stores what changed. */
async function scoreBatch(
  db: ProspectDatabase,
  people: readonly Person[],
  icp: Icp | undefined,
  now: number,
  span?: IdRange,
): Promise<(ScoreSummary | undefined)[]> {
  const context = icp ? await loadContext(db, people, span) : undefined;
  const results = people.map((person) => {
    if (!icp || !context) return undefined;
    const company = person.companyId ? context.companies.get(person.companyId) : undefined;
    return scoreSummary(person, company, icp, context.signalsOf(person), now);
  });
  // Written back whole: the callers read these people in this same transaction, so nothing
  // newer can be overwritten, and a put skips the read an update would repeat.
  const changed = people.flatMap((person, index) => {
    const result = results[index];
    if (person.score === result?.score && person.tier === result?.tier) return [];
    const { score: _score, tier: _tier, ...rest } = person;
    return [result ? { ...rest, score: result.score, tier: result.tier } : rest];
  });
  if (changed.length > 0) await db.people.bulkPut(changed);
  return results;
}

/** The signals scoring reads for one person: their own and their company's. */
export async function prospectSignals(db: ProspectDatabase, person: Person): Promise<Signal[]> {
  return (await loadContext(db, [person])).signalsOf(person);
}

/**
 * Companies and signals of a batch of people, read with one query per table. When the batch is
 * everyone in an id range, their signals are read as that range: one request instead of a step
 * per person (a signal of someone outside the batch cannot be in it, and is passed over if it is).
 */
async function loadContext(db: ProspectDatabase, people: readonly Person[], span?: IdRange) {
  const companyIds = [...new Set(people.flatMap((person) => (person.companyId ? [person.companyId] : [])))];
  const bySignalPerson = db.signals.where("personId");
  const [companies, personSignals, companySignals] = await Promise.all([
    db.companies.bulkGet(companyIds),
    (span
      ? bySignalPerson.between(span.first, span.last, true, true)
      : bySignalPerson.anyOf(people.map((person) => person.id))
    ).toArray(),
    companyIds.length > 0 ? db.signals.where("companyId").anyOf(companyIds).toArray() : Promise.resolve([]),
  ]);
  const byPerson = groupBy(personSignals, (signal) => signal.personId);
  const byCompany = groupBy(companySignals, (signal) => signal.companyId);
  return {
    companies: new Map(companies.flatMap((company): [string, Company][] => (company ? [[company.id, company]] : []))),
    signalsOf(person: Person): Signal[] {
      const own = byPerson.get(person.id) ?? [];
      const ofCompany = person.companyId ? (byCompany.get(person.companyId) ?? []) : [];
      // A signal may name both the person and the company: count it once.
      return ofCompany.length === 0 ? own : [...own, ...ofCompany.filter((signal) => !own.includes(signal))];
    },
  };
}

function groupBy(signals: readonly Signal[], key: (signal: Signal) => string | undefined): Map<string, Signal[]> {
  const groups = new Map<string, Signal[]>();
  for (const signal of signals) {
    const id = key(signal);
    if (id === undefined) continue;
    const group = groups.get(id);
    if (group) group.push(signal);
    else groups.set(id, [signal]);
  }
  return groups;
}

/**
 * Readiness needs three picked facts and a score at the threshold, so only people with three
 * picked facts, or already "ready", can change: checking them alone keeps 10,000 rescores fast.
 */
async function syncReadinessOfCandidates(db: ProspectDatabase): Promise<void> {
  const picked = new Map<string, number>();
  await db.facts.each((fact) => {
    if (fact.selected && fact.personId) picked.set(fact.personId, (picked.get(fact.personId) ?? 0) + 1);
  });
  const ready = await db.people.where("status").equals("ready").primaryKeys();
  const candidates = new Set([...ready, ...[...picked].filter(([, count]) => count >= factsNeeded).map(([id]) => id)]);
  for (const id of candidates) {
    await db.transaction("rw", [db.people, db.facts, db.icps], () => syncReadiness(db, id));
  }
}
