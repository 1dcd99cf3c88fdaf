import { afterEach, describe, expect, test } from "vitest";
import { type ProspectDatabase, storeCapture } from "@/lib/db";
import { addSelectionAsFact } from "@/lib/prospects/add-selection";
import { badgeForUrl } from "@/lib/prospects/badge";
import { applyRetention } from "@/lib/prospects/retention";
import { factFromSelection, selectionFactLimit } from "@/lib/prospects/selection-fact";
import { freshDatabase, personCapture } from "../db/helpers";

const profile = "https://www.linkedin.com/in/lena-hoffmann-demo/";
let db: ProspectDatabase;
afterEach(async () => {
  await db?.delete();
});

describe("facts from a selection", () => {
  test("keep the text, collapsed and bounded, with its page", () => {
    const fact = factFromSelection(`  Hiring\n 3   engineers ${"x".repeat(5000)}`, profile, { personId: "p" }, 7);
    expect(fact?.text.startsWith("Hiring 3 engineers x")).toBe(true);
    expect(fact?.text.length).toBe(selectionFactLimit);
    expect(fact).toEqual(
      expect.objectContaining({ sourceUrl: profile, origin: "selection", selected: false, createdAt: 7 }),
    );
  });

  test("an empty selection or a non-web source makes no link", () => {
    expect(factFromSelection("   ", profile, {})).toBeUndefined();
    expect(factFromSelection("text", "javascript:alert(1)", {})?.sourceUrl).toBeUndefined();
  });

  test("are added to the prospect of the page, and nowhere when that page has none", async () => {
    db = freshDatabase();
    const { personId } = await storeCapture(db, personCapture());
    expect(await addSelectionAsFact(db, "Raised a Series A", `${profile}details/experience/`)).toBe(true);
    expect(await addSelectionAsFact(db, "Something", "https://www.linkedin.com/in/someone-else/")).toBe(false);
    expect(await addSelectionAsFact(db, "Something", "https://www.linkedin.com/feed/")).toBe(false);
    const facts = await db.facts.toArray();
    expect(facts).toHaveLength(1);
    expect(facts[0]?.personId).toBe(personId);
  });
});

test("the badge shows the tier of a scored prospect, a dot for an unscored one, nothing elsewhere", async () => {
  db = freshDatabase();
  expect((await badgeForUrl(db, profile)).text).toBe("");
  const { personId } = await storeCapture(db, personCapture());
  expect((await badgeForUrl(db, profile)).text).toBe("•");
  await db.people.update(personId ?? "", { tier: "A", score: 91 });
  expect(await badgeForUrl(db, profile)).toEqual({ text: "A", title: "Lena Hoffmann: tier A" });
  expect((await badgeForUrl(db, "https://www.linkedin.com/feed/")).text).toBe("");
});

test("retention deletes untouched prospects with everything about them, and nothing when off", async () => {
  db = freshDatabase();
  const day = 86_400_000;
  const { personId } = await storeCapture(db, personCapture(), 0);
  await storeCapture(db, personCapture({ profileUrl: "https://www.linkedin.com/in/fresh/" }), 40 * day);
  await db.facts.add({ id: "f", personId, text: "t", selected: true, origin: "manual", createdAt: 0 });
  expect(await applyRetention(db, 0, 41 * day)).toBe(0);
  expect(await applyRetention(db, 30, 41 * day)).toBe(1);
  expect(await db.people.count()).toBe(1);
  expect(await db.facts.count()).toBe(0);
});
