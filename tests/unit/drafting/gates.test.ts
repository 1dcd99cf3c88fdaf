import { describe, expect, it } from "vitest";
import { checkGates, type GateInput, overrideGates } from "@/lib/drafting/gates";

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 27);
const ok: GateInput = {
  factsSelected: 3,
  score: 80,
  threshold: 60,
  status: "ready",
  cooldownDays: 30,
  sentThisWeek: 10,
  weeklyCap: 50,
  now,
};
const codes = (input: Partial<GateInput>) => checkGates({ ...ok, ...input }).map((r) => r.code);

describe("checkGates", () => {
  it("lets a relevant prospect through", () => {
    expect(checkGates(ok)).toEqual([]);
  });

  it.each([
    [{ factsSelected: 2 }, "facts"],
    [{ score: 59 }, "score"],
    [{ score: undefined }, "score"],
    [{ status: "do-not-contact" as const }, "do-not-contact"],
    [{ lastContactedAt: now - 5 * DAY }, "cooldown"],
    [{ companyContactedAt: now - 2 * DAY }, "company-cooldown"],
    [{ sentThisWeek: 50 }, "weekly-cap"],
  ])("blocks %o", (input, code) => {
    expect(codes(input)).toEqual([code]);
  });

  it("lets contacts older than the cooldown through", () => {
    expect(codes({ lastContactedAt: now - 30 * DAY, companyContactedAt: now - 40 * DAY })).toEqual([]);
  });

  it("lists every reason with English and German messages", () => {
    const reasons = checkGates({ ...ok, factsSelected: 1, score: 20, sentThisWeek: 60 });
    expect(reasons.map((r) => r.code)).toEqual(["facts", "score", "weekly-cap"]);
    expect(reasons[0]?.message).toEqual({
      en: "Only 1 of 3 facts selected: pick three reasons why this email is relevant.",
      de: "Nur 1 von 3 Fakten ausgewählt: Wähle drei Gründe, warum diese E-Mail relevant ist.",
    });
  });

  it("rejects malformed input", () => {
    expect(() => checkGates({ ...ok, weeklyCap: 0 })).toThrow();
  });
});

describe("overrideGates", () => {
  const reasons = checkGates({ ...ok, factsSelected: 2 });

  it("needs a non-empty stated reason", () => {
    expect(overrideGates(reasons)).toMatchObject({ allowed: false });
    expect(overrideGates(reasons, "   ")).toMatchObject({
      allowed: false,
      error: { en: "State a reason to override." },
    });
    expect(overrideGates(reasons, "Met at a trade fair yesterday")).toEqual({
      allowed: true,
      overridden: true,
      reason: "Met at a trade fair yesterday",
      codes: ["facts"],
    });
  });

  it("needs no override when nothing blocks", () => {
    expect(overrideGates([])).toEqual({ allowed: true, overridden: false });
  });
});
