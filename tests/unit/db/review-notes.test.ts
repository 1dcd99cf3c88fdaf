import { afterEach, expect, test } from "vitest";
import { type ProspectDatabase, reviewNotesOf, saveReviewNote } from "@/lib/db";
import { freshDatabase } from "./helpers";

let db: ProspectDatabase;
afterEach(async () => {
  await db?.delete();
});

const note = (week: string, changed = "Shorter first email") => ({ week, changed, toTest: "", savedAt: 1 });

test("one note per week, newest week first", async () => {
  db = freshDatabase();
  await saveReviewNote(db, note("2026-W47"));
  await saveReviewNote(db, note("2026-W48"));
  await saveReviewNote(db, note("2026-W47", "CTA changed"));
  expect((await reviewNotesOf(db)).map((n) => [n.week, n.changed])).toEqual([
    ["2026-W48", "Shorter first email"],
    ["2026-W47", "CTA changed"],
  ]);
});

test("an invalid note is refused and nothing is stored", async () => {
  db = freshDatabase();
  await expect(saveReviewNote(db, note("week 48"))).rejects.toThrow();
  expect(await db.reviewNotes.count()).toBe(0);
});
