import { afterEach, describe, expect, test } from "vitest";
import {
  editFact,
  factsOf,
  type ProspectDatabase,
  pickFact,
  removeFact,
  setFactSelected,
  storeCapture,
} from "@/lib/db";
import { addSelectionAsFact } from "@/lib/prospects/add-selection";
import { readinessGaps, statusAfter } from "@/lib/prospects/readiness";
import { freshDatabase, personCapture } from "../db/helpers";

describe("readiness", () => {
  test("needs three facts and, with an ICP, a score at the threshold", () => {
    expect(readinessGaps({ score: 80 }, 3, 60)).toEqual([]);
    expect(readinessGaps({ score: 50 }, 2, 60)).toEqual(["facts", "score"]);
    expect(readinessGaps({}, 3, 60)).toEqual(["unscored"]);
    expect(readinessGaps({}, 3, undefined)).toEqual([]);
  });

  test("only research statuses move on their own", () => {
    expect(statusAfter("new", true)).toBe("ready");
    expect(statusAfter("ready", false)).toBe("researching");
    expect(statusAfter("contacted", true)).toBe("contacted");
    expect(statusAfter("do-not-contact", true)).toBe("do-not-contact");
  });
});

describe("picking facts", () => {
  let db: ProspectDatabase;
  afterEach(async () => {
    await db?.delete();
  });

  test("three picks make the prospect ready, a fourth is refused, removing one takes readiness back", async () => {
    db = freshDatabase();
    const { personId = "" } = await storeCapture(db, personCapture());
    for (const text of ["Raised €12M", "Hiring 3 engineers", "New Head of RevOps"]) {
      expect(await pickFact(db, personId, { text, origin: "suggested" })).toBe(true);
    }
    expect(await pickFact(db, personId, { text: "A fourth", origin: "manual" })).toBe(false);
    expect((await db.people.get(personId))?.status).toBe("ready");
    const [first] = await factsOf(db, personId);
    if (!first) throw new Error("no fact");
    await db.facts.update(first.id, { wordings: { en: "Raised €12M", de: "12 Mio. € eingesammelt" } });
    await editFact(db, first.id, "  Raised   €12M Series A ");
    // The user's words replace the suggestion's, in every language.
    const edited = await db.facts.get(first.id);
    expect(edited?.text).toBe("Raised €12M Series A");
    expect(edited?.wordings).toBeUndefined();
    await removeFact(db, first);
    expect((await db.people.get(personId))?.status).toBe("researching");
  });

  test("a selection from any page goes to the prospect open in the panel, and can be picked", async () => {
    db = freshDatabase();
    const { personId = "" } = await storeCapture(db, personCapture());
    expect(await addSelectionAsFact(db, "Opens an office in Vienna", "https://news.example/article", personId)).toBe(
      true,
    );
    expect(await addSelectionAsFact(db, "Nobody's", "https://news.example/article")).toBe(false);
    const [candidate] = await factsOf(db, personId);
    expect(candidate?.selected).toBe(false);
    expect(candidate?.sourceUrl).toBe("https://news.example/article");
    if (candidate) expect(await setFactSelected(db, candidate, true)).toBe(true);
    expect((await factsOf(db, personId))[0]?.selected).toBe(true);
  });
});
