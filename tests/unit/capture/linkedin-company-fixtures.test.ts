import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { extractLinkedInCompany } from "../../../lib/capture/linkedin/company";
import { companyCaptureSchema, companyFieldsSchema } from "../../../lib/model";

const root = join(__dirname, "../../fixtures/linkedin-company");

/** expected.json of one case; `UPDATE_FIXTURES=1` rewrites company, strategies and missing from the extractor. */
const expectedSchema = z.object({
  url: z.string().url(),
  company: companyFieldsSchema.nullable(),
  strategies: z.record(z.string(), z.string()),
  missing: z.array(z.string()),
  mustNotContain: z.array(z.string()),
});

function capture(dir: string, url: string) {
  const window = new Window({ url });
  window.document.write(readFileSync(join(root, dir, "source.html"), "utf8"));
  return extractLinkedInCompany(window.document as unknown as Document, url, Date.UTC(2026, 10, 27));
}

describe.each(readdirSync(root))("linkedin-company fixture %s", (dir) => {
  const expected = expectedSchema.parse(JSON.parse(readFileSync(join(root, dir, "expected.json"), "utf8")));
  const result = capture(dir, expected.url);

  if (process.env.UPDATE_FIXTURES) {
    const updated = { ...expected, company: result?.company ?? null, strategies: result?.strategies ?? {} };
    writeFileSync(
      join(root, dir, "expected.json"),
      `${JSON.stringify({ ...updated, missing: result?.health.missing ?? [] }, null, 2)}\n`,
    );
  }

  test("yields a valid capture", () => {
    expect(companyCaptureSchema.safeParse(result).success).toBe(true);
  });

  const fields = new Set([...Object.keys(expected.company ?? {}), ...Object.keys(result?.company ?? {})]);
  test.each([...fields])("field %s", (field) => {
    const actual = (result?.company as Record<string, unknown> | undefined)?.[field];
    expect(actual).toEqual((expected.company as Record<string, unknown> | null)?.[field]);
  });

  test("company presence", () => {
    expect(result?.company === undefined).toBe(expected.company === null);
  });

  test("records the strategy of each field and the missing ones", () => {
    expect(result?.strategies).toEqual(expected.strategies);
    expect(result?.health.found).toEqual(expected.strategies);
    expect(result?.health.missing).toEqual(expected.missing);
  });

  test("takes nothing from other companies on the page", () => {
    const text = JSON.stringify(result?.company ?? {});
    for (const foreign of expected.mustNotContain) expect(text).not.toContain(foreign);
  });
});
