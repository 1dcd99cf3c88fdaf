import { expect, test } from "vitest";
import { datedFileName, readTextFile, withoutBom } from "@/components/data/files";
import { problemMessages, reportRows } from "@/components/data/restore-result";
import { en } from "@/lib/i18n/messages";

test("downloads are named by day", () => {
  expect(datedFileName("prospect-scout-backup", "json", new Date(2026, 10, 7))).toBe(
    "prospect-scout-backup-2026-11-07.json",
  );
});

test("a chosen file is read without the byte order mark Excel writes", async () => {
  expect(withoutBom("\uFEFFemail;opened")).toBe("email;opened");
  expect(await readTextFile(new Blob(["\uFEFFemail,opened\r\n"]))).toBe("email,opened\r\n");
});

test("every way a backup can be refused has a message", () => {
  for (const key of Object.values(problemMessages)) expect(en[key]).toMatch(/Nothing was changed/);
});

test("the restore report lists only the tables the restore touched", () => {
  const none = { added: 0, updated: 0, kept: 0 };
  const report = {
    people: { added: 2, updated: 0, kept: 0 },
    companies: { added: 0, updated: 1, kept: 1 },
    signals: none,
    facts: none,
    icps: none,
    sequences: none,
    outreachEvents: none,
    captures: none,
    settings: none,
    researchRuns: none,
    offers: none,
    reviewNotes: none,
  };
  expect(reportRows(report).map((row) => row.table)).toEqual(["people", "companies"]);
});
