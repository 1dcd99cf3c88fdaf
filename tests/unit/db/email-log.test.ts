import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailLogMatches, type ProspectDatabase, readEmailLog, rebuildEmailLog, withEmailLog } from "@/lib/db";
import { recordOutcome } from "@/lib/db/outcomes";
import { recordOverride, recordSent } from "@/lib/db/outreach";
import { attributeEvents, type EmailOutcome } from "@/lib/metrics";
import { logKeyOf } from "@/lib/metrics/email-log";
import { type EmailLogDay, emailLogDaySchema } from "@/lib/model";
import { importOutcomes } from "@/lib/portability/outcomes-import";
import { deletePeople } from "@/lib/prospects/retention";
import { event } from "../metrics/events";
import { freshDatabase } from "./helpers";

const day = 86_400_000;
const start = Date.parse("2026-10-05T09:00:00Z");

/** What the log must hold: the attribution of every stored event, in a stable order. */
async function expected(db: ProspectDatabase): Promise<EmailOutcome[]> {
  return sorted(attributeEvents(await db.outreachEvents.toArray()).emails);
}

async function logged(db: ProspectDatabase): Promise<EmailOutcome[]> {
  const log = await readEmailLog(db);
  if (log.state !== "current") throw new Error("the email log fell behind the events");
  return sorted(log.emails);
}

function sorted(emails: readonly EmailOutcome[]): EmailOutcome[] {
  const key = (e: EmailOutcome) => `${e.personId}|${e.sentAt}|${e.step ?? ""}`;
  return [...emails].sort((a, b) => key(a).localeCompare(key(b)));
}

const send = (db: ProspectDatabase, personId: string, at: number, step: "attention" | "curiosity" = "attention") =>
  recordSent(db, { personId, sequenceId: `s-${personId}`, step, subjectVariant: "A", at });

describe("the email log", () => {
  it("follows sends, outcomes, overrides, imports and deletions in the same transaction", async () => {
    const db = freshDatabase();
    await send(db, "ana", start);
    await send(db, "ben", start + day);
    await recordOutcome(db, { personId: "ana", type: "replied-positive", at: start + 2 * day });
    await recordOverride(db, { personId: "ben", reason: "asked for it", at: start + 8 * day });
    await send(db, "ben", start + 9 * day, "curiosity");
    await importOutcomes(db, [
      event("opened", "ben", start + 9 * day + 3_600_000, { step: "curiosity" }),
      event("opened", "ghost", start + 3 * day),
    ]);
    expect(await logged(db)).toEqual(await expected(db));
    const log = await readEmailLog(db);
    expect(log).toMatchObject({ state: "current", unattributed: 1 });
    expect((await logged(db)).map((e) => [e.personId, e.replied, e.opened])).toEqual([
      ["ana", true, true],
      ["ben", false, false],
      ["ben", false, true],
    ]);

    await db.transaction("rw", [db.people, db.facts, db.signals, db.sequences, db.outreachEvents, db.emailLog], () =>
      deletePeople(db, ["ben"]),
    );
    expect((await logged(db)).map((e) => e.personId)).toEqual(["ana"]);
    expect(await db.emailLog.count()).toBe(2); // ana's day and the totals
  });

  it("notices events written around it and is rebuilt to match", async () => {
    const db = freshDatabase();
    await send(db, "ana", start);
    await db.outreachEvents.bulkAdd([
      event("sent", "cleo", start + day),
      event("opened", "cleo", start + day + 60_000),
    ]);
    expect(await emailLogMatches(db, await readEmailLog(db))).toBe(false);
    await rebuildEmailLog(db);
    expect(await emailLogMatches(db, await readEmailLog(db))).toBe(true);
    expect(await logged(db)).toEqual(await expected(db));
  });

  it("builds itself on the first change when events were there before it (an older version's data)", async () => {
    const db = freshDatabase();
    expect(await readEmailLog(db)).toEqual({ state: "current", events: 0, emails: [], unattributed: 0 });
    await db.outreachEvents.bulkAdd([event("sent", "dan", start), event("sent", "eva", start + day)]);
    expect(await readEmailLog(db)).toEqual({ state: "stale" });
    await send(db, "ana", start + 2 * day);
    expect((await logged(db)).map((e) => e.personId)).toEqual(["ana", "dan", "eva"]);
  });

  it("rebuilds instead of dropping emails when a stored day is damaged", async () => {
    const db = freshDatabase();
    await send(db, "ana", start);
    await send(db, "ben", start + 60_000);
    const stored = emailLogDaySchema.parse(await db.emailLog.get(logKeyOf(start)));
    const damaged: EmailLogDay = { ...stored, personIds: ["only-one"] };
    await db.emailLog.bulkPut([damaged]);
    await recordOutcome(db, { personId: "ana", type: "meeting", at: start + day });
    expect(await logged(db)).toEqual(await expected(db));
  });

  it("leaves no trace of a change that failed", async () => {
    const db = freshDatabase();
    await send(db, "ana", start);
    const before = await db.emailLog.toArray();
    await expect(
      withEmailLog(db, ["ana"], async () => {
        await db.outreachEvents.add(event("opened", "ana", start + 60_000));
        throw new Error("interrupted");
      }),
    ).rejects.toThrow("interrupted");
    expect(await db.emailLog.toArray()).toEqual(before);
    expect(await db.outreachEvents.count()).toBe(1);
  });

  it("always equals the attribution of all events, whatever the order of changes", async () => {
    const types = ["sent", "opened", "clicked", "replied-neutral", "meeting", "converted", "bounced"] as const;
    const change = fc.record({
      person: fc.constantFrom("ana", "ben", "cleo"),
      type: fc.constantFrom(...types, "delete" as const),
      days: fc.integer({ min: 0, max: 30 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 25 }), async (changes) => {
        const db = freshDatabase();
        for (const { person, type, days } of changes) {
          if (type === "delete") {
            await withEmailLog(db, [person], () => db.outreachEvents.where("personId").equals(person).delete());
          } else {
            const added = event(type, person, start + days * day, { step: "attention", value: 100 });
            await withEmailLog(db, [person], () => db.outreachEvents.add(added));
          }
        }
        expect(await logged(db)).toEqual(await expected(db));
        db.close();
      }),
      { numRuns: 30 },
    );
  });
});
