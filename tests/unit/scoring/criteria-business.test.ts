import { describe, expect, it } from "vitest";
import type { IcpCriterionDraft } from "../../../lib/model/icp";
import { company, judge, monthsAgo, signal, weight } from "./support";

const w = weight(3);

describe("funding criteria", () => {
  it("takes the latest round's stage", () => {
    const draft = {
      kind: "funding-stage",
      stages: ["series-a", "series-b"],
      importance: w,
    } satisfies IcpCriterionDraft;
    const row = judge(draft, { company: company("alpenglow") });
    expect(row.status).toBe("matched");
    expect(row.evidence?.value).toBe("Series A");
    expect(judge({ ...draft, stages: ["seed"] }, { company: company("alpenglow") }).status).toBe("not-matched");
    expect(judge(draft, { company: company("nordlicht") }).status).toBe("unknown");
  });

  it("checks the last raise against the window, from rounds or funding signals", () => {
    const draft = { kind: "raised-within", months: 12, importance: w } satisfies IcpCriterionDraft;
    expect(judge(draft, { company: company("alpenglow") }).status).toBe("matched");
    expect(judge({ ...draft, months: 1 }, { company: company("alpenglow") }).status).toBe("matched");
    const oldRound = { ...company("alpenglow"), funding: [{ round: "Seed", date: "03.2021" }] };
    expect(judge(draft, { company: oldRound }).status).toBe("not-matched");
    const news = signal("funding", "Raised €5M seed round", monthsAgo(2));
    const row = judge(draft, { company: oldRound, signals: [news] });
    expect(row.status).toBe("matched");
    expect(row.evidence).toEqual({ value: "Raised €5M seed round", sourceUrl: "https://news.example/item" });
    // A signal the extension worded keeps its wording in the evidence, so the side panel can tell it in German.
    const wording = { kind: "funding", amount: 5_000_000, currency: "EUR", round: "Seed" } as const;
    const worded = judge(draft, { company: oldRound, signals: [{ ...news, wording }] });
    expect(worded.evidence?.wording).toEqual(wording);
    expect(judge(draft, { company: company("brightside") }).status).toBe("unknown");
  });
});

describe("hiring", () => {
  it("counts open jobs of the asked department", () => {
    const engineers = { kind: "hiring", department: "engineering", importance: w } satisfies IcpCriterionDraft;
    const row = judge(engineers, { company: company("alpenglow") });
    expect(row.status).toBe("matched");
    expect(row.evidence?.value).toBe("Senior Backend Engineer (m/w/d), Frontend Entwickler");
    expect(judge({ ...engineers, minOpenJobs: 3 }, { company: company("alpenglow") }).status).toBe("not-matched");
    expect(judge({ ...engineers, department: "finance" }, { company: company("alpenglow") }).status).toBe(
      "not-matched",
    );
  });

  it("uses the open-jobs count only when any department will do", () => {
    expect(judge({ kind: "hiring", importance: w }, { company: company("nordlicht") }).status).toBe("not-matched");
    const sales = { kind: "hiring", department: "sales", importance: w } satisfies IcpCriterionDraft;
    expect(judge(sales, { company: company("nordlicht") }).status).toBe("unknown");
  });

  it("accepts a fresh hiring signal, not a stale one", () => {
    const sales = { kind: "hiring", department: "sales", importance: w } satisfies IcpCriterionDraft;
    const fresh = signal("hiring", "Hiring an Account Executive for DACH", monthsAgo(1));
    const stale = signal("hiring", "Hiring an Account Executive for DACH", monthsAgo(9));
    expect(judge(sales, { company: company("brightside"), signals: [fresh] }).status).toBe("matched");
    expect(judge(sales, { company: company("brightside"), signals: [stale] }).status).toBe("unknown");
  });
});

describe("headcount growth", () => {
  const draft = { kind: "headcount-growth", minPercent: 20, importance: w } satisfies IcpCriterionDraft;

  it("reads the percentage from recent growth signals", () => {
    const growth = signal("headcount-growth", "Headcount grew 23% in the last 6 months", monthsAgo(1));
    expect(judge(draft, { signals: [growth] }).status).toBe("matched");
    const slow = signal("headcount-growth", "Mitarbeiterzahl +7,5 % in 12 Monaten", monthsAgo(1));
    expect(judge(draft, { signals: [slow] }).status).toBe("not-matched");
  });

  it("ignores old or unreadable signals", () => {
    const old = signal("headcount-growth", "Headcount grew 40%", monthsAgo(18));
    const vague = signal("headcount-growth", "Growing fast", monthsAgo(1));
    expect(judge(draft, { signals: [old, vague] }).status).toBe("unknown");
  });
});
