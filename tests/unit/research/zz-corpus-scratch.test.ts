import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { it } from "vitest";
import { extractImpressum } from "../../../lib/research/impressum";

const dir = "/work/shared/corpus/company-site/";
const expected = JSON.parse(readFileSync("/work/shared/corpus/expected.json", "utf8")) as Record<string, { url: string; expect: Record<string, unknown> }>;

function load(file: string): Document {
  const entry = expected[`company-site/${file}`];
  const window = new Window({ url: entry?.url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  window.document.write(readFileSync(dir + file, "utf8"));
  return window.document as unknown as Document;
}

it("impressum", () => {
  for (const file of ["seatsurfing-impressum-de.html", "eclipsesource-impressum-de.html"]) {
    console.log(file, JSON.stringify(extractImpressum(load(file)), null, 1));
  }
});
