import { afterEach, describe, expect, test, vi } from "vitest";
import type { ProspectDatabase } from "@/lib/db";
import { parseBackgroundMessage } from "@/lib/messaging/protocol";
import { routeMessage } from "@/lib/messaging/router";
import { freshDatabase, personCapture } from "../db/helpers";

let db: ProspectDatabase;
afterEach(async () => {
  await db?.delete();
});

describe("routeMessage", () => {
  test("a valid capture is stored and the badge refreshed", async () => {
    db = freshDatabase();
    const refreshBadge = vi.fn();
    const reply = await routeMessage(db, { type: "capture", capture: personCapture() }, { refreshBadge });
    expect(reply).toEqual(expect.objectContaining({ ok: true }));
    expect(await db.people.count()).toBe(1);
    expect(refreshBadge).toHaveBeenCalledOnce();
  });

  const invalid: [string, unknown][] = [
    ["not an object", "capture"],
    ["an unknown type", { type: "delete-everything" }],
    ["a capture without its URL", { type: "capture", capture: { ...personCapture(), url: undefined } }],
    [
      "a profile URL that is not a URL",
      { type: "capture", capture: { ...personCapture(), profileUrl: "javascript:alert(1)x" } },
    ],
    ["an empty name", { type: "capture", capture: personCapture({ person: { name: "" } }) }],
    ["a wrong field type", { type: "capture", capture: { ...personCapture(), capturedAt: "yesterday" } }],
  ];
  for (const [what, message] of invalid) {
    test(`rejects ${what} with a clear error and writes nothing`, async () => {
      db = freshDatabase();
      const refreshBadge = vi.fn();
      const reply = await routeMessage(db, message, { refreshBadge });
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error).toMatch(/^Rejected invalid message: /);
      expect(await db.people.count()).toBe(0);
      expect(await db.captures.count()).toBe(0);
      expect(refreshBadge).not.toHaveBeenCalled();
    });
  }
});

test("the error names the offending field", () => {
  const result = parseBackgroundMessage({ type: "capture", capture: { ...personCapture(), capturedAt: "x" } });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toContain("capture.capturedAt");
});
