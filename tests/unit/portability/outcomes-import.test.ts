import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type ProspectDatabase } from "../../../lib/db";
import { detectDateOrder, isYes, parseAmount, parseDateCell } from "../../../lib/portability/cells";
import { guessColumns } from "../../../lib/portability/outcome-columns";
import { importOutcomes, planOutcomeImport, readOutcomeCsv } from "../../../lib/portability/outcomes-import";
import { person } from "./factories";

// Vitest runs from the project root; happy-dom makes import.meta.url an http URL.
const fixture = (name: string) => readFileSync(resolve("tests/fixtures/portability", name), "utf8");
const berlin = "Europe/Berlin";

const people = [
  person(),
  person({ id: "p-jonas", contact: { emails: ["jonas@beck-consulting.example"], phones: [], websites: [] } }),
  person({ id: "p-lena", contact: { emails: ["lena@ostermann-labs.example"], phones: [], websites: [] } }),
  person({ id: "p-team1", contact: { emails: ["team@shared-inbox.example"], phones: [], websites: [] } }),
  person({ id: "p-team2", contact: { emails: ["Team@Shared-Inbox.example"], phones: [], websites: [] } }),
];

const summary = (
  events: { personId: string; type: string; at: number; step?: string; value?: number; subjectVariant?: string }[],
) => events.map((e) => [e.personId, e.type, new Date(e.at).toISOString(), e.step ?? e.subjectVariant, e.value]);

describe("cells", () => {
  it("reads German, ISO and slashed dates in the user's time zone", () => {
    expect(parseDateCell("27.11.2026", berlin)).toBe(Date.parse("2026-11-27T23:59:00+01:00"));
    expect(parseDateCell("27.11.26 14:30", berlin)).toBe(Date.parse("2026-11-27T14:30:00+01:00"));
    expect(parseDateCell("2026-07-01 08:00", berlin)).toBe(Date.parse("2026-07-01T08:00:00+02:00"));
    expect(parseDateCell("2026-07-01T08:00:00Z", berlin)).toBe(Date.parse("2026-07-01T08:00:00Z"));
    expect(parseDateCell("07/01/2026 2:15 pm", berlin, "mdy")).toBe(Date.parse("2026-07-01T14:15:00+02:00"));
    expect(parseDateCell("07/01/2026", berlin, "dmy")).toBe(Date.parse("2026-01-07T23:59:00+01:00"));
    expect(parseDateCell("31.02.2026", berlin)).toBeUndefined();
    expect(parseDateCell("yesterday", berlin)).toBeUndefined();
  });

  it("detects the order of slashed dates", () => {
    expect(detectDateOrder(["01/02/2026", "27/11/2026"])).toBe("dmy");
    expect(detectDateOrder(["11/27/2026"])).toBe("mdy");
  });

  it("reads yes/no cells and amounts", () => {
    expect(["ja", "Yes", "x", "3", "2026-11-27"].every(isYes)).toBe(true);
    expect(["", "nein", "No", "0", "FALSE", "-"].some(isYes)).toBe(false);
    expect(parseAmount("12.000,50 €")).toBe(12000.5);
    expect(parseAmount("12,000.50")).toBe(12000.5);
    expect(parseAmount("12.000")).toBe(12000);
    expect(parseAmount("99,9")).toBe(99.9);
    expect(parseAmount("n/a")).toBeUndefined();
  });
});

describe("guessColumns", () => {
  it("maps German headers", () => {
    const { headers, delimiter, problems } = readOutcomeCsv(fixture("outcomes-de.csv"));
    expect(delimiter).toBe(";");
    expect(problems).toEqual([]);
    expect(headers[0]).toBe("E-Mail-Adresse");
    expect(guessColumns(headers)).toEqual({
      email: 0,
      date: 1,
      opened: 2,
      clicked: 3,
      replied: 4,
      replyType: 5,
      meeting: 6,
      converted: 7,
      value: 8,
      bounced: 9,
      unsubscribed: 10,
      step: 11,
    });
  });

  it("maps English headers and leaves unknown ones out", () => {
    expect(
      guessColumns(["Email Address", "Sent Date", "Opened At", "Clicks", "Replied", "Reply Status", "Campaign"]),
    ).toEqual({
      email: 0,
      date: 1,
      opened: 2,
      clicked: 3,
      replied: 4,
      replyType: 5,
    });
  });
});

describe("planOutcomeImport", () => {
  it("turns a German export into events and explains every skipped row", () => {
    const table = readOutcomeCsv(fixture("outcomes-de.csv"));
    const plan = planOutcomeImport(table, guessColumns(table.headers), people, { timeZone: berlin });
    expect(summary(plan.events)).toEqual([
      ["p-anna", "opened", "2026-11-27T22:59:00.000Z", "attention", undefined],
      ["p-anna", "meeting", "2026-11-27T22:59:00.000Z", "attention", undefined],
      ["p-anna", "replied-positive", "2026-11-27T22:59:00.000Z", "attention", undefined],
      ["p-anna", "converted", "2026-11-27T22:59:00.000Z", "attention", 12000.5],
      ["p-jonas", "opened", "2026-11-26T13:30:00.000Z", "curiosity", undefined],
      ["p-jonas", "clicked", "2026-11-26T13:30:00.000Z", "curiosity", undefined],
    ]);
    expect(plan.skipped).toEqual([
      { row: 3, email: "unbekannt@example.org", reason: "unknown-email" },
      { row: 4, email: "lena@ostermann-labs.example", reason: "bad-date" },
      { row: 5, email: undefined, reason: "no-email" },
      { row: 6, email: "team@shared-inbox.example", reason: "ambiguous-email" },
      { row: 7, email: "anna@nordlicht-analytics.example", reason: "no-outcome" },
    ]);
    expect(plan.matchedRows).toBe(2);
  });

  it("reads US dates, per-cell timestamps, reply sentiment and variants", () => {
    const table = readOutcomeCsv(fixture("outcomes-en.csv"));
    const plan = planOutcomeImport(table, guessColumns(table.headers), people, { timeZone: berlin });
    expect(plan.dateOrder).toBe("mdy");
    expect(summary(plan.events)).toEqual([
      ["p-anna", "opened", "2026-11-27T15:10:00.000Z", "B", undefined],
      ["p-anna", "replied-negative", "2026-11-27T22:59:00.000Z", "B", undefined],
      ["p-jonas", "clicked", "2026-11-26T08:05:00.000Z", "A", undefined],
    ]);
  });

  it("requires an email column", () => {
    expect(() =>
      planOutcomeImport({ headers: [], rows: [], delimiter: ",", problems: [] }, {}, people, { timeZone: berlin }),
    ).toThrow(/email address/);
  });
});

describe("importOutcomes", () => {
  let db: ProspectDatabase;
  beforeEach(() => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
  });

  it("adds the events in one transaction and ignores a second import of the same file", async () => {
    const table = readOutcomeCsv(fixture("outcomes-de.csv"));
    const plan = planOutcomeImport(table, guessColumns(table.headers), people, { timeZone: berlin });
    expect(await importOutcomes(db, plan.events)).toEqual({ added: 6, duplicates: 0 });
    const again = planOutcomeImport(table, guessColumns(table.headers), people, { timeZone: berlin });
    expect(await importOutcomes(db, again.events)).toEqual({ added: 0, duplicates: 6 });
    expect(await db.outreachEvents.count()).toBe(6);
  });
});
