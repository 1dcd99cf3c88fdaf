import { afterEach, describe, expect, test, vi } from "vitest";
import type { ProspectDatabase } from "@/lib/db";
import { parseBackgroundMessage } from "@/lib/messaging/protocol";
import { routeMessage } from "@/lib/messaging/router";
import { freshDatabase, personCapture } from "../db/helpers";

let db: ProspectDatabase;

function effects() {
  return { refreshBadge: vi.fn(), startResearch: vi.fn(async () => "run-1"), cancelResearch: vi.fn(async () => {}) };
}
afterEach(async () => {
  await db?.delete();
});

describe("routeMessage", () => {
  test("a valid capture is stored and the badge refreshed", async () => {
    db = freshDatabase();
    const { refreshBadge, ...rest } = effects();
    const reply = await routeMessage(db, { type: "capture", capture: personCapture() }, { refreshBadge, ...rest });
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
      const { refreshBadge, ...rest } = effects();
      const reply = await routeMessage(db, message, { refreshBadge, ...rest });
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error).toMatch(/^Rejected invalid message: /);
      expect(await db.people.count()).toBe(0);
      expect(await db.captures.count()).toBe(0);
      expect(refreshBadge).not.toHaveBeenCalled();
    });
  }
});

test("research requests reach the background's research effects", async () => {
  db = freshDatabase();
  const fx = effects();
  const url = "https://www.nordlicht-analytics.example/";
  expect(await routeMessage(db, { type: "research/start", tabId: 4, url }, fx)).toEqual({ ok: true, runId: "run-1" });
  expect(fx.startResearch).toHaveBeenCalledWith(4, url);
  expect(await routeMessage(db, { type: "research/cancel", runId: "run-1" }, fx)).toEqual({ ok: true });
  expect(fx.cancelResearch).toHaveBeenCalledWith("run-1");
  const rejected = await routeMessage(db, { type: "research/start", tabId: 4, url: "file:///etc/passwd" }, fx);
  expect(rejected.ok).toBe(false);
  expect(fx.startResearch).toHaveBeenCalledOnce();
});

test("the error names the offending field", () => {
  const result = parseBackgroundMessage({ type: "capture", capture: { ...personCapture(), capturedAt: "x" } });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toContain("capture.capturedAt");
});
