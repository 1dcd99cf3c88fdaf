import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { test } from "vitest";
import { extractLinkedInProfile } from "../../../lib/capture/linkedin/profile";

const dir = "/work/shared/corpus";
const expected = JSON.parse(readFileSync(`${dir}/expected.json`, "utf8")) as Record<string, { url: string; expect: Record<string, unknown>; mustNotMatch?: string[] }>;

test("corpus", () => {
  for (const [file, spec] of Object.entries(expected)) {
    if (!file.startsWith("linkedin-person/")) continue;
    const html = readFileSync(`${dir}/${file}`, "utf8");
    const window = new Window({ url: spec.url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true, disableIframePageLoading: true } });
    const document = new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
    const t0 = performance.now();
    const capture = extractLinkedInProfile(document, spec.url, 0);
    const ms = performance.now() - t0;
    const p = capture?.person;
    const record: Record<string, unknown> = {
      name: p?.name, headline: p?.headline, location: p?.location,
      currentCompany: p?.currentRoles?.[0]?.companyName,
      experienceCompanies: p?.experience?.map((e) => e.companyName ?? ""),
      educationSchools: p?.education?.map((e) => e.school),
    };
    let ok = 0; let total = 0; const fails: string[] = [];
    for (const [key, want] of Object.entries(spec.expect)) {
      total++;
      const field = key.replace(/(\[\])?~$/, "");
      const got = record[field];
      let pass = false;
      if (key.endsWith("[]~")) pass = (want as string[]).every((w) => Array.isArray(got) && got.some((g: string) => g.toLowerCase().includes(w.toLowerCase())));
      else if (key.endsWith("~")) pass = typeof got === "string" && got.toLowerCase().includes(String(want).toLowerCase());
      else pass = typeof got === "string" && got.trim().toLowerCase() === String(want).toLowerCase();
      if (pass) ok++; else fails.push(`${key}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
    }
    const json = JSON.stringify(capture);
    for (const bad of spec.mustNotMatch ?? []) if (json.includes(bad)) fails.push(`mustNotMatch ${bad}`);
    console.log(`${file}: ${ok}/${total} ${ms.toFixed(1)}ms\n  ${fails.join("\n  ")}\n  ${JSON.stringify({ ...p, about: p?.about?.slice(0, 60) }).slice(0, 2500)}\n  missing=${capture?.health.missing} found=${JSON.stringify(capture?.health.found)}`);
    window.close();
  }
}, 120_000);
