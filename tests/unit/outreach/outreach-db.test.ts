import { afterEach, beforeEach, expect, test } from "vitest";
import { openDatabase, type ProspectDatabase } from "@/lib/db";
import {
  companyContactedAt,
  hasOpenOverride,
  lastContactedAt,
  loadSequence,
  recordOverride,
  recordSent,
  saveSequence,
  sentSteps,
  sentThisWeek,
  startOfWeek,
  updateSequence,
} from "@/lib/db/outreach";
import type { Person, Sequence } from "@/lib/model";

const day = 86_400_000;
// Wednesday 2026-11-25, noon local time.
const now = new Date(2026, 10, 25, 12).getTime();
let db: ProspectDatabase;

function person(id: string, companyId?: string): Person {
  return {
    id,
    name: `Fictional ${id}`,
    profileUrl: `https://www.linkedin.com/in/${id}-demo/`,
    companyId,
    status: "ready",
    sources: {},
    history: [],
    createdAt: 0,
    updatedAt: 0,
  };
}

const sent = (personId: string, at: number, sequenceId = "seq-1") =>
  recordSent(db, { personId, sequenceId, step: "attention", subjectVariant: "A", at });

beforeEach(async () => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  await db.people.bulkAdd([person("lena", "nordlicht"), person("jonas", "nordlicht"), person("mia", "other")]);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

test("recording a sent email logs the event and marks the person as contacted", async () => {
  const event = await sent("lena", now);
  expect(event).toMatchObject({ type: "sent", personId: "lena", step: "attention", subjectVariant: "A", at: now });
  expect(await db.outreachEvents.get(event.id)).toEqual(event);
  expect((await db.people.get("lena"))?.status).toBe("contacted");
});

test("the week starts on Monday at midnight local time", () => {
  expect(new Date(startOfWeek(now))).toEqual(new Date(2026, 10, 23));
  const sunday = new Date(2026, 10, 29, 23).getTime();
  expect(new Date(startOfWeek(sunday))).toEqual(new Date(2026, 10, 23));
});

test("sentThisWeek counts only sent emails since Monday", async () => {
  await sent("lena", now - 1 * day);
  await sent("jonas", now - 2 * day);
  await sent("mia", now - 7 * day);
  await recordOverride(db, { personId: "mia", reason: "Met at a fair", at: now });
  expect(await sentThisWeek(db, now)).toBe(2);
});

test("lastContactedAt is the latest sent email to that person", async () => {
  expect(await lastContactedAt(db, "lena")).toBeUndefined();
  await sent("lena", now - 10 * day);
  await sent("lena", now - 3 * day);
  expect(await lastContactedAt(db, "lena")).toBe(now - 3 * day);
});

test("companyContactedAt looks at colleagues, not the person themselves", async () => {
  await sent("lena", now - 2 * day);
  expect(await companyContactedAt(db, "nordlicht", "lena")).toBeUndefined();
  expect(await companyContactedAt(db, "nordlicht", "jonas")).toBe(now - 2 * day);
  expect(await companyContactedAt(db, "other", "mia")).toBeUndefined();
});

test("an override is logged with its reason and covers only the next send", async () => {
  expect(await hasOpenOverride(db, "lena")).toBe(false);
  const override = await recordOverride(db, { personId: "lena", reason: "  Asked me to write  ", at: now });
  expect(override).toMatchObject({ type: "override", note: "Asked me to write" });
  expect(await hasOpenOverride(db, "lena")).toBe(true);
  await sent("lena", now + 1000);
  expect(await hasOpenOverride(db, "lena")).toBe(false);
});

test("sequences are validated, saved and loaded per person; sentSteps lists one sequence", async () => {
  const sequence: Sequence = {
    id: "seq-1",
    personId: "lena",
    language: "de",
    formality: "du",
    emails: [{ step: "attention", subject: "Hallo", subjectVariant: "B", body: "Text", edited: true }],
    createdAt: now,
    updatedAt: now,
  };
  await saveSequence(db, sequence, now + 5);
  expect(await loadSequence(db, "lena")).toEqual({ ...sequence, updatedAt: now + 5 });
  expect(await loadSequence(db, "jonas")).toBeUndefined();
  await expect(saveSequence(db, { ...sequence, language: "fr" as "de" }, now)).rejects.toThrow();
  await sent("lena", now + 10);
  await sent("lena", now + 20, "seq-2");
  expect((await sentSteps(db, "seq-1")).map((event) => event.at)).toEqual([now + 10]);
});

test("updateSequence starts from the base once, then applies each change to the stored sequence", async () => {
  const base: Sequence = {
    id: "seq-9",
    personId: "lena",
    language: "en",
    formality: "sie",
    emails: [
      { step: "attention", subject: "One", subjectVariant: "A", body: "Body one", edited: false },
      { step: "curiosity", subject: "Two", subjectVariant: "A", body: "Body two", edited: false },
    ],
    createdAt: now,
    updatedAt: now,
  };
  const edit = (step: string, subject: string) => (sequence: Sequence) => ({
    ...sequence,
    emails: sequence.emails.map((email) => (email.step === step ? { ...email, subject, edited: true } : email)),
  });
  await Promise.all([
    updateSequence(db, base, edit("attention", "Edited one"), now + 1),
    updateSequence(db, base, edit("curiosity", "Edited two"), now + 2),
  ]);
  const stored = await loadSequence(db, "lena");
  expect(stored?.emails.map((email) => email.subject)).toEqual(["Edited one", "Edited two"]);
  expect(await db.sequences.count()).toBe(1);
});
