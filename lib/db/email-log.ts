/**
 * The email log: every sent email with its outcomes, derived from the outreach events
 * (see lib/model/email-log.ts). Every change to outreach events goes through
 * `withEmailLog`, which brings the log up to date in the same transaction; the log
 * also records how many events it reflects, so a change made any other way (an older
 * version, a raw write) is noticed on reading and answered with a rebuild.
 */

import { byLogKey, decodeEmails, encodeEmails, replacePeople } from "../metrics/email-log";
import { type Attribution, attributeEvents, type EmailOutcome } from "../metrics/emails";
import {
  type EmailLogDay,
  type EmailLogTotals,
  emailLogDaySchema,
  emailLogTotalsSchema,
  type OutreachEvent,
} from "../model";
import type { ProspectDatabase } from "./database";

const totalsKey = "totals";

/** The tables a transaction that changes outreach events must include. */
export function outreachTables(db: ProspectDatabase) {
  return [db.outreachEvents, db.emailLog] as const;
}

/**
 * Runs `change` (which adds or deletes outreach events of `personIds` only) and updates
 * the log for those people, all in one transaction: the days their emails were in
 * before and after are rewritten, nothing else.
 */
export async function withEmailLog<T>(
  db: ProspectDatabase,
  personIds: readonly string[],
  change: () => Promise<T>,
): Promise<T> {
  const ids = [...new Set(personIds)];
  return db.transaction("rw", outreachTables(db), async () => {
    const totals = parseTotals(await db.emailLog.get(totalsKey));
    const before = await eventsOf(db, ids);
    const result = await change();
    if (!totals) {
      // No log yet (a new profile, or one from before the log existed): build it whole, once.
      await rebuild(db);
      return result;
    }
    const updated = await updatePeople(db, totals, ids, before, await eventsOf(db, ids));
    if (!updated) await rebuild(db);
    return result;
  });
}

/** Builds the log anew from every event, in its own transaction or the caller's. */
export async function rebuildEmailLog(db: ProspectDatabase): Promise<void> {
  await db.transaction("rw", outreachTables(db), () => rebuild(db));
}

async function rebuild(db: ProspectDatabase): Promise<void> {
  const events = await db.outreachEvents.toArray();
  const { emails, unattributed } = attributeEvents(events);
  const rows = [...byLogKey(emails)].map(([key, list]) => encodeEmails(key, list));
  const totals: EmailLogTotals = { key: totalsKey, events: events.length, unattributed };
  await db.emailLog.clear();
  await db.emailLog.bulkPut([...rows, totals]);
}

/** False when a stored day is unreadable, so the caller rebuilds instead of dropping its emails. */
async function updatePeople(
  db: ProspectDatabase,
  totals: EmailLogTotals,
  ids: readonly string[],
  before: readonly OutreachEvent[],
  after: readonly OutreachEvent[],
): Promise<boolean> {
  const was = attributeEvents(before);
  const now = attributeEvents(after);
  const replacements = byLogKey(now.emails);
  const keys = [...new Set([...byLogKey(was.emails).keys(), ...replacements.keys()])];
  const stored = await db.emailLog.bulkGet(keys);
  const people = new Set(ids);
  const puts: EmailLogDay[] = [];
  const deletes: string[] = [];
  for (const [i, key] of keys.entries()) {
    const row = stored[i];
    const day = row === undefined ? undefined : emailLogDaySchema.safeParse(row);
    if (day && !day.success) return false;
    const next = replacePeople(key, day?.data, people, replacements.get(key) ?? []);
    if (next) puts.push(next);
    else deletes.push(key);
  }
  const nextTotals: EmailLogTotals = {
    key: totalsKey,
    events: totals.events + after.length - before.length,
    unattributed: totals.unattributed + now.unattributed - was.unattributed,
  };
  await db.emailLog.bulkPut([...puts, nextTotals]);
  await db.emailLog.bulkDelete(deletes);
  return true;
}

async function eventsOf(db: ProspectDatabase, ids: readonly string[]): Promise<OutreachEvent[]> {
  return ids.length > 0
    ? db.outreachEvents
        .where("personId")
        .anyOf([...ids])
        .toArray()
    : [];
}

function parseTotals(row: unknown): EmailLogTotals | undefined {
  const parsed = emailLogTotalsSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

/** The log as the weekly review reads it, or "stale" when it does not match the events and needs a rebuild. */
export type EmailLogReading = ({ state: "current"; events: number } & Attribution) | { state: "stale" };

/**
 * Reads the whole log; run it in a read transaction that includes both outreach tables.
 * A log that was never built is stale when there are events. Counting every event takes
 * longer than reading the log, so whether a built log still matches them is a second,
 * later question (`emailLogMatches`).
 */
export async function readEmailLog(db: ProspectDatabase): Promise<EmailLogReading> {
  const rows = await db.emailLog.toArray();
  const totals = parseTotals(rows.find((row) => row.key === totalsKey));
  if (!totals) {
    const empty = (await db.outreachEvents.limit(1).primaryKeys()).length === 0;
    return empty ? { state: "current", events: 0, emails: [], unattributed: 0 } : { state: "stale" };
  }
  const emails: EmailOutcome[] = [];
  for (const row of rows) {
    if (row.key === totalsKey) continue;
    const day = emailLogDaySchema.safeParse(row);
    if (!day.success) return { state: "stale" };
    for (const email of decodeEmails(day.data)) emails.push(email);
  }
  return { state: "current", events: totals.events, emails, unattributed: totals.unattributed };
}

/** Whether the log reflects as many events as are stored: false after events were written around it. */
export async function emailLogMatches(db: ProspectDatabase, reading: EmailLogReading): Promise<boolean> {
  return reading.state === "current" && reading.events === (await db.outreachEvents.count());
}
