import { expect, test } from "vitest";
import { loadFunnelPeople } from "@/lib/db/outcomes";
import { attributeEvents, funnelsBySignal, funnelsByTier } from "@/lib/metrics";
import { freshDatabase } from "../db/helpers";
import { event } from "../metrics/events";
import { person, signal } from "../portability/factories";

test("the lean read of tiers and company links gives the same funnels as whole records", async () => {
  const db = freshDatabase();
  const people = [
    person({ id: "anna", profileUrl: "https://www.linkedin.com/in/anna-example/", tier: "A", companyId: "c-1" }),
    person({ id: "ben", profileUrl: "https://www.linkedin.com/in/ben-example/", tier: undefined, companyId: "c-2" }),
    person({ id: "cleo", profileUrl: "https://www.linkedin.com/in/cleo-example/", tier: "C", companyId: undefined }),
  ];
  const signals = [signal({ companyId: "c-2", date: Date.parse("2026-11-01T00:00:00Z") })];
  await db.people.bulkAdd(people);
  const { emails } = attributeEvents(["anna", "ben", "cleo"].map((id) => event("sent", id, "2026-11-20T09:00:00Z")));

  const lean = await loadFunnelPeople(db, ["c-2"]);
  expect(lean.find((p) => p.id === "ben")).toEqual({ id: "ben", companyId: "c-2" });
  expect(funnelsByTier(emails, lean)).toEqual(funnelsByTier(emails, people));
  expect(funnelsBySignal(emails, lean, signals)).toEqual(funnelsBySignal(emails, people, signals));
});
