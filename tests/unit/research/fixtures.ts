import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import { z } from "zod";
import { decodeHtml } from "../../../lib/research/encoding";
import { extractJobs } from "../../../lib/research/jobs";

/** Site fixtures: tests/fixtures/site/<case>/{source.html, expected.json}. */

export const fixtureRoot = join(__dirname, "../../fixtures/site");

const expectedSchema = z.object({
  url: z.string().url(),
  /** Content-Type header the page is served with, for encoding cases. */
  contentType: z.string().optional(),
  /** Path → value that must equal it; for arrays, values that must each be present. */
  expect: z.record(z.string(), z.unknown()),
  /** Path → values that must not be present (or null: the field must be missing). */
  absent: z.record(z.string(), z.unknown()).default({}),
});
export type Expected = z.infer<typeof expectedSchema>;

export function fixtureCases(): string[] {
  return readdirSync(fixtureRoot).sort();
}

export function loadFixture(name: string): { doc: Document; expected: Expected } {
  const expected = expectedSchema.parse(JSON.parse(readFileSync(join(fixtureRoot, name, "expected.json"), "utf8")));
  const html = decodeHtml(readFileSync(join(fixtureRoot, name, "source.html")), expected.contentType);
  return { doc: parseHtml(html, expected.url), expected };
}

export function parseHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Values at a path: "company.name", "jobs[].title" (one value per array entry). */
export function valuesAt(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const part of path.split(".")) {
    const many = part.endsWith("[]");
    const key = many ? part.slice(0, -2) : part;
    current = current.flatMap((value) => {
      const next = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
      return many && Array.isArray(next) ? next : [next];
    });
  }
  return current;
}

/** The jobs research reads from a board or careers page's body, with the fields the board tests compare. */
export function boardJobs(body: string, url: string) {
  return extractJobs(parseHtml(`<!doctype html><html><body>${body}</body></html>`, url), url).map(
    ({ title, department, location, employmentType, url: address, datePosted, source }) => ({
      title,
      department,
      location,
      employmentType,
      url: address,
      datePosted,
      source,
    }),
  );
}
