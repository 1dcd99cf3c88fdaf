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
  type EmailLogTotals,
  type EmailLogWeek,
  emailLogTotalsSchema,
  emailLogWeekSchema,
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
 * the log for those people, all in one transaction: the weeks their emails were in
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

/** False when a stored week is unreadable, so the caller rebuilds instead of dropping its emails. */
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
  const puts: EmailLogWeek[] = [];
  const deletes: string[] = [];
  for (const [i, key] of keys.entries()) {
    const row = stored[i];
    const week = row === undefined ? undefined : emailLogWeekSchema.safeParse(row);
    if (week && !week.success) return false;
    const next = replacePeople(key, week?.data, people, replacements.get(key) ?? []);
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
export type EmailLogReading = ({ state: "current" } & Attribution) | { state: "stale" };

/** Reads the whole log; run it in a read transaction that includes both outreach tables. */
export async function readEmailLog(db: ProspectDatabase): Promise<EmailLogReading> {
  const [rows, events] = await Promise.all([db.emailLog.toArray(), db.outreachEvents.count()]);
  const totals = parseTotals(rows.find((row) => row.key === totalsKey));
  if (!totals) return events === 0 ? { state: "current", emails: [], unattributed: 0 } : { state: "stale" };
  if (totals.events !== events) return { state: "stale" };
  const emails: EmailOutcome[] = [];
  for (const row of rows) {
    if (row.key === totalsKey) continue;
    const week = emailLogWeekSchema.safeParse(row);
    if (!week.success) return { state: "stale" };
    for (const email of decodeEmails(week.data)) emails.push(email);
  }
  return { state: "current", emails, unattributed: totals.unattributed };
}
