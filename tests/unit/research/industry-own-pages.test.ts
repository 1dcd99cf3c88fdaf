import { describe, expect, it } from "vitest";
import { researchPage } from "../../../lib/research/research-page";
import { parseHtml } from "./fixtures";

const jobAd = (structured: string) => `<!doctype html><html lang="en"><head>
  <title>Job Application for Senior Marketing Analytics Analyst at Harborline</title>
  <meta name="description" content="Harborline is hiring a Senior Marketing Analytics Analyst to build our reporting.">
  ${structured}
</head><body><div id="app_body"><div id="header"><h1 class="app-title">Senior Marketing Analytics Analyst</h1>
  <div class="location">Rotterdam</div></div>
  <p>Join the team that plans the routes of 4,000 regional carriers.</p></div></body></html>`;

const article = `<!doctype html><html lang="en"><head>
  <title>What our machine learning survey found | Harborline Blog</title>
  <meta name="description" content="Five findings on artificial intelligence in route planning.">
  <meta property="og:type" content="article">
</head><body><article><h1>What our machine learning survey found</h1>
  <p>We asked 300 dispatchers how they plan their routes.</p></article></body></html>`;

describe("industry hints from pages about something else", () => {
  it("a job ad's title names the job, not the company's industry", () => {
    const url = "https://boards.greenhouse.io/harborline/jobs/4471001";
    expect(researchPage(parseHtml(jobAd(""), url), url).company.industryHints).toEqual([]);
  });

  it("the company's structured data still names its industry on a job ad", () => {
    const url = "https://boards.greenhouse.io/harborline/jobs/4471001";
    const structured = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",
      "name":"Harborline","industry":"Logistics"}</script>`;
    expect(researchPage(parseHtml(jobAd(structured), url), url).company.industryHints).toEqual(["Logistics"]);
  });

  it("a blog article's topic is not the company's industry", () => {
    const url = "https://www.harborline.example/blog/machine-learning-survey";
    expect(researchPage(parseHtml(article, url), url).company.industryHints).toEqual([]);
  });

  it("the same words on the company's own page do name it", () => {
    const url = "https://www.harborline.example/";
    expect(researchPage(parseHtml(article, url), url).company.industryHints).toEqual(["Artificial intelligence"]);
  });
});

describe("industry hints a company's name gives", () => {
  it("a job board named for the company keeps the industry in its name", () => {
    const url = "https://jobs.ashbyhq.com/harborline-logistik";
    const board = `<html lang="de"><head><title>Jobs bei Harborline Logistik</title>
      <meta property="og:site_name" content="Harborline Logistik"></head>
      <body><h1>Offene Stellen</h1><p>Senior Data Analyst (m/w/d)</p></body></html>`;
    const { company } = researchPage(parseHtml(board, url), url);
    expect(company.name).toBe("Harborline Logistik");
    expect(company.industryHints).toEqual(["Logistics"]);
  });

  it.each([
    ["Jobs at Harborline Logistik", "Harborline Logistik"],
    ["Harborline Logistik - Careers", "Harborline Logistik"],
    ["Karriere | Harborline Logistik", "Harborline Logistik"],
    ["Harborline Logistik Jobs", "Harborline Logistik"],
    ["Disponent (m/w/d) - Harborline Logistik", undefined],
  ])("a board titled %s is %s's", (title, name) => {
    const url = "https://apply.workable.com/harborline-logistik/";
    const board = `<html><head><title>${title}</title></head><body><h1>Open roles</h1></body></html>`;
    expect(researchPage(parseHtml(board, url), url).company.name).toBe(name);
  });
});
