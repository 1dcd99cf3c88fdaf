import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { test } from "vitest";
import { companyFromCodeJson } from "../../../lib/capture/linkedin/company-code-json";
import { companyFromLabels, companyFromLocations, companyFromTitle, companyFromTopCard } from "../../../lib/capture/linkedin/company-dom";
import { companyFromFunding } from "../../../lib/capture/linkedin/company-funding";
import { companyFromJsonLd } from "../../../lib/capture/linkedin/company-jsonld";
import { companyPage } from "../../../lib/capture/linkedin/company-page";
import { companyFromJobs, companyFromPeople } from "../../../lib/capture/linkedin/company-tabs";

const pages = [
  ["linkedin-company/motion-loggedin-2025-about.html", "https://www.linkedin.com/company/motionapp/about/"],
  ["linkedin-company/audiense-public-2024.html", "https://www.linkedin.com/company/audiense"],
];
test("debug", () => {
  for (const [file, url] of pages) {
    const html = readFileSync(`/work/shared/corpus/${file}`, "utf8");
    const window = new Window({ url });
    window.document.write(html);
    const doc = window.document as unknown as Document;
    let t = performance.now();
    const page = companyPage(doc, url.replace(/about\/$/, "").replace(/audiense$/, "audiense/"), url);
    console.log(file, "page", (performance.now() - t).toFixed(1));
    for (const run of [companyFromJsonLd, companyFromCodeJson, companyFromTopCard, companyFromLabels, companyFromLocations, companyFromFunding, companyFromJobs, companyFromPeople, companyFromTitle]) {
      t = performance.now();
      const r = run(page);
      console.log(r.strategy, (performance.now() - t).toFixed(1), JSON.stringify(r.fields).slice(0, 400));
    }
  }
});
