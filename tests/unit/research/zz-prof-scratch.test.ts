import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { it } from "vitest";
import { extractCompany } from "../../../lib/research/company";
import { extractCustomers } from "../../../lib/research/customers";
import { extractJobs } from "../../../lib/research/jobs";
import { discoverKeyPages } from "../../../lib/research/links";
import { readPage } from "../../../lib/research/page";
import { extractPeople } from "../../../lib/research/people";
import { extractPosts } from "../../../lib/research/posts";
import { extractPricing } from "../../../lib/research/pricing";
import { extractSocialLinks } from "../../../lib/research/social";
import { textLines } from "../../../lib/research/text";

it("prof", () => {
  for (const [file, url] of [
    ["dovetail-pricing-2024.html", "https://dovetail.com/pricing/"],
    ["dormed-de-ueber-uns.html", "https://dormed.de/ueber"],
  ] as const) {
    const window = new Window({
      url,
      settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
    });
    window.document.write(readFileSync(`/work/shared/corpus/company-site/${file}`, "utf8"));
    const doc = window.document as unknown as Document;
    const fns: [string, () => unknown][] = [
      ["page", () => readPage(doc, url)],
      ["lines", () => textLines(doc.body)],
      ["company", () => extractCompany(doc, url)],
      ["pricing", () => extractPricing(doc)],
      ["customers", () => extractCustomers(doc)],
      ["social", () => extractSocialLinks(doc, url)],
      ["people", () => extractPeople(doc)],
      ["posts", () => extractPosts(doc, url)],
      ["jobs", () => extractJobs(doc, url)],
      ["links", () => discoverKeyPages(doc, url)],
    ];
    for (const [name, fn] of fns) {
      const t = performance.now();
      fn();
      console.log(file, name, Math.round(performance.now() - t));
    }
  }
});
