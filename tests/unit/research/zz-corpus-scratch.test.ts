import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { it } from "vitest";
import { researchPage } from "../../../lib/research/research-page";

const dir = "/work/shared/corpus/company-site/";
const expected = JSON.parse(readFileSync("/work/shared/corpus/expected.json", "utf8")) as Record<
  string,
  { url: string; expect: Record<string, unknown> }
>;

function load(file: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
  });
  window.document.write(readFileSync(dir + file, "utf8"));
  return window.document as unknown as Document;
}

it("corpus", { timeout: 120_000 }, () => {
  for (const [key, entry] of Object.entries(expected)) {
    if (!key.startsWith("company-site/")) continue;
    const file = key.slice("company-site/".length);
    const t0 = performance.now();
    const r = researchPage(load(file, entry.url), entry.url);
    const ms = Math.round(performance.now() - t0);
    const record: Record<string, unknown> = {
      name: r.company.name,
      language: r.meta?.lang,
      jobTitles: r.jobs.map((j) => j.title),
      signals: r.signals.map((s) => s.type),
      fundingAmounts: r.company.funding.map((f) => String(f.amount)),
      fundingRounds: r.company.funding.map((f) => f.round ?? ""),
      investors: r.company.funding.flatMap((f) => f.investors ?? []),
      technologies: r.company.technologies,
      legalName: r.impressum?.legalName,
      managingDirectors: r.impressum?.managingDirectors,
      register: r.impressum?.registerNumber,
      vatId: r.impressum?.vatId,
      people: r.people.map((p) => `${p.name} (${p.role})`),
      plans: r.company.pricing?.plans.map((p) => p.name) ?? [],
    };
    let ok = 0;
    let total = 0;
    const misses: string[] = [];
    for (const [k, v] of Object.entries(entry.expect)) {
      const field = k.replace(/(\[\])?~$/, "");
      const got = record[field];
      const wants = Array.isArray(v) ? v : [v];
      for (const want of wants) {
        total++;
        const w = String(want).toLowerCase();
        const hit = Array.isArray(got)
          ? got.some((g) => String(g).toLowerCase().includes(w))
          : k.endsWith("~")
            ? String(got ?? "")
                .toLowerCase()
                .includes(w)
            : String(got ?? "")
                .toLowerCase()
                .trim() === w;
        if (hit) ok++;
        else misses.push(`${field}=${JSON.stringify(want)} got ${JSON.stringify(got)}`);
      }
    }
    console.log(`${file}: ${ok}/${total} ${ms}ms status=${JSON.stringify(r.status.failed)} ${misses.join(" | ")}`);
    if (process.env.BRIEF)
      console.log(
        "   ",
        JSON.stringify({
          name: r.company.name,
          legal: r.company.legalName,
          hq: r.company.headquarters,
          founded: r.company.founded,
          emp: r.company.employeeHints.map((e) => e.text),
          loc: r.company.locations,
          people: record.people,
          jobs: record.jobTitles,
          sig: r.signals.map((s) => `${s.type}: ${s.quote.slice(0, 80)}`),
          imp: r.impressum,
          cust: r.company.customers,
          plans: r.company.pricing?.plans,
          keys: r.keyPages.map((k) => `${k.kind} ${k.url}`),
          posts: r.posts.length,
          tech: r.company.technologies,
        }),
      );
    if (process.env.SHOW === file) console.log(JSON.stringify({ ...r, pages: undefined }, null, 1).slice(0, 8000));
  }
});
