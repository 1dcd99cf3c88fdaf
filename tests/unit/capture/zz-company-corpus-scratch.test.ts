import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { expect, test } from "vitest";
import { extractLinkedInCompany } from "../../../lib/capture/linkedin/company";

const dir = "/work/shared/corpus/";
const expected = JSON.parse(readFileSync(`${dir}expected.json`, "utf8")) as Record<string, { url: string; kind: string; expect: Record<string, unknown> }>;

test("corpus", () => {
  for (const [file, entry] of Object.entries(expected)) {
    if (!file.startsWith("linkedin-company/")) continue;
    const html = readFileSync(dir + file, "utf8");
    const window = new Window({ url: entry.url });
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const t0 = performance.now();
    const capture = extractLinkedInCompany(doc, entry.url, 0);
    const t1 = performance.now();
    console.log(file, `${(t1 - t0).toFixed(1)} ms`);
    console.log(JSON.stringify(capture, null, 1).slice(0, 6000));
    console.log(JSON.stringify(entry.expect));
  }
  expect(true).toBe(true);
});
