import { expect, test } from "vitest";
import { recentlyContacted, recordOutcome } from "@/lib/db/outcomes";
import { freshDatabase } from "../db/helpers";
import { event } from "../metrics/events";
import { person } from "../portability/factories";

const anna = person({ id: "anna", status: "contacted" });
const ben = person({ id: "ben", name: "Ben Krüger", profileUrl: "https://www.linkedin.com/in/ben-example/" });

test("an outcome is stored and moves the prospect forward in the funnel, never back", async () => {
  const db = freshDatabase();
  await db.people.bulkAdd([anna]);
  await recordOutcome(db, { personId: "anna", type: "meeting", at: 2_000 });
  expect((await db.people.get("anna"))?.status).toBe("meeting");
  await recordOutcome(db, { personId: "anna", type: "replied-neutral", at: 3_000 });
  expect((await db.people.get("anna"))?.status).toBe("meeting");
  await recordOutcome(db, { personId: "anna", type: "converted", at: 4_000, value: 12_000 });
  expect((await db.people.get("anna"))?.status).toBe("won");
  const events = await db.outreachEvents.where("personId").equals("anna").sortBy("at");
  expect(events.map((e) => [e.type, e.value])).toEqual([
    ["meeting", undefined],
    ["replied-neutral", undefined],
    ["converted", 12_000],
  ]);
});

test("an open or a click entered by hand is stored and leaves the status as it is", async () => {
  const db = freshDatabase();
  await db.people.bulkAdd([anna]);
  await recordOutcome(db, { personId: "anna", type: "opened", at: 2_000 });
  await recordOutcome(db, { personId: "anna", type: "clicked", at: 3_000 });
  expect((await db.people.get("anna"))?.status).toBe("contacted");
  expect((await db.outreachEvents.where("personId").equals("anna").sortBy("at")).map((e) => e.type)).toEqual([
    "opened",
    "clicked",
  ]);
});

test("an unsubscribe always means do not contact; an invalid outcome stores nothing", async () => {
  const db = freshDatabase();
  await db.people.bulkAdd([anna]);
  await recordOutcome(db, { personId: "anna", type: "unsubscribed", at: 2_000 });
  expect((await db.people.get("anna"))?.status).toBe("do-not-contact");
  await expect(recordOutcome(db, { personId: "anna", type: "converted", at: 3_000, value: -5 })).rejects.toThrow();
  expect(await db.outreachEvents.count()).toBe(1);
});

test("the most recently emailed prospects come first, each once", async () => {
  const db = freshDatabase();
  await db.people.bulkAdd([anna, ben]);
  await db.outreachEvents.bulkAdd([
    event("sent", "anna", 1_000),
    event("sent", "ben", 2_000),
    event("opened", "anna", 5_000),
    event("sent", "anna", 3_000),
  ]);
  const contacted = await recentlyContacted(db);
  expect(contacted.map((p) => [p.name, p.lastSentAt])).toEqual([
    ["Anna von der Heide", 3_000],
    ["Ben Krüger", 2_000],
  ]);
  expect(await recentlyContacted(db, 1)).toHaveLength(1);
});
