import { readdirSync, readFileSync } from "node:fs";
import { Window } from "happy-dom";
import Wappalyzer from "wappalyzer-core";
import { expect, it } from "vitest";
import { detectTechnologies } from "../../../lib/research/tech";
import { techEngine } from "../../../lib/research/tech-data";
import { matchDom } from "../../../lib/research/tech-dom";
import { matchHtml, pageHtml } from "../../../lib/research/tech-html";
import { pageInput } from "../../../lib/research/tech-inputs";

const dir = "/work/shared/corpus/company-site/";
const expected = JSON.parse(readFileSync("/work/shared/corpus/expected.json", "utf8"));
const time = <T>(run: () => T): [T, string] => {
  let best = Infinity;
  let r = run();
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    r = run();
    best = Math.min(best, performance.now() - t);
  }
  return [r, best.toFixed(1)];
};
it("corpus", () => {
  const engine = techEngine();
  console.log("rules", engine.htmlRules.length, "without literal", engine.htmlRules.filter((r) => !r.literals).map((r) => r.pattern.regex.source).join(" ## "));
  for (const file of readdirSync(dir)) {
    const entry = expected[`company-site/${file}`];
    const window = new Window({ url: entry.url });
    window.document.write(readFileSync(dir + file, "utf8"));
    const doc = window.document as unknown as Document;
    detectTechnologies(doc, entry.url);
    const [found, total] = time(() => detectTechnologies(doc, entry.url));
    const [html, tHtml] = time(() => pageHtml(doc));
    const [, tMatch] = time(() => matchHtml(html, engine.htmlRules));
    const [input, tInput] = time(() => pageInput(doc, entry.url));
    const [, tAnalyze] = time(() => Wappalyzer.analyze(input));
    const [, tDom] = time(() => matchDom(doc, engine.domRules));
    console.log(file, `total ${total} serialise ${tHtml} html ${tMatch} inputs ${tInput} analyze ${tAnalyze} dom ${tDom}`, found.map((d) => `${d.name}:${d.confidence}`).join(", "));
    if (file.startsWith("dovetail-pricing") || file.startsWith("eclipse")) {
      const lower = html.toLowerCase();
      const [, tl] = time(() => html.toLowerCase());
      const [, ti] = time(() => engine.htmlRules.filter((r) => !r.literals || r.literals.some((l) => lower.includes(l))));
      console.log("lower", tl, "includes", ti, "passed", engine.htmlRules.filter((r) => !r.literals || r.literals.some((l) => lower.includes(l))).length);
      const costs = engine.htmlRules.map((rule) => [time(() => (!rule.literals || rule.literals.some((l) => lower.includes(l))) && rule.pattern.regex.test(html))[1], rule.technology.name, rule.pattern.regex.source.slice(0, 80), JSON.stringify(rule.literals)]);
      console.log(costs.sort((a, b) => Number(b[0]) - Number(a[0])).slice(0, 8).join("\n"));
    }
    for (const want of entry.expect["technologies[]~"] ?? []) expect(found.map((d) => d.name)).toContain(want);
  }
}, 60_000);
