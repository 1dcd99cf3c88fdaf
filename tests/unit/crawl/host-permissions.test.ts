import { describe, expect, test } from "vitest";
import { isCoveredBy, originPattern } from "@/lib/crawl/host-permissions";

describe("isCoveredBy", () => {
  const personio = ["https://*.jobs.personio.de/*"];
  const greenhouse = ["https://boards.greenhouse.io/*"];

  test("a subdomain wildcard covers the domain and every subdomain, nothing that merely looks alike", () => {
    expect(isCoveredBy("https://kranich-robotik.jobs.personio.de/", personio)).toBe(true);
    expect(isCoveredBy("https://a.b.jobs.personio.de/job/1?lang=de", personio)).toBe(true);
    expect(isCoveredBy("https://jobs.personio.de/", personio)).toBe(true);
    expect(isCoveredBy("https://xjobs.personio.de/", personio)).toBe(false);
    expect(isCoveredBy("https://kranich.jobs.personio.de.attacker.example/", personio)).toBe(false);
    expect(isCoveredBy("https://kranich.jobs.personio.com/", personio)).toBe(false);
  });

  test("an exact host covers that host only", () => {
    expect(isCoveredBy("https://boards.greenhouse.io/kranich", greenhouse)).toBe(true);
    expect(isCoveredBy("https://BOARDS.greenhouse.io/kranich", ["https://Boards.Greenhouse.io/*"])).toBe(true);
    expect(isCoveredBy("https://job-boards.greenhouse.io/kranich", greenhouse)).toBe(false);
    expect(isCoveredBy("https://greenhouse.io/", greenhouse)).toBe(false);
  });

  test("the scheme must match; * stands for http and https", () => {
    expect(isCoveredBy("http://boards.greenhouse.io/kranich", greenhouse)).toBe(false);
    expect(isCoveredBy("http://boards.greenhouse.io/kranich", ["*://boards.greenhouse.io/*"])).toBe(true);
    expect(isCoveredBy("https://boards.greenhouse.io/kranich", ["*://boards.greenhouse.io/*"])).toBe(true);
    expect(isCoveredBy("ftp://boards.greenhouse.io/kranich", ["<all_urls>"])).toBe(false);
  });

  test("wildcard hosts and <all_urls> cover every web address", () => {
    expect(isCoveredBy("https://apply.workable.com/kranich/", ["https://*/*"])).toBe(true);
    expect(isCoveredBy("http://apply.workable.com/kranich/", ["https://*/*"])).toBe(false);
    expect(isCoveredBy("https://apply.workable.com/kranich/", ["<all_urls>"])).toBe(true);
  });

  test("ports and paths are honoured", () => {
    expect(isCoveredBy("https://jobs.lever.co:8443/kranich", ["https://jobs.lever.co/*"])).toBe(true);
    expect(isCoveredBy("https://jobs.lever.co:8443/kranich", ["https://jobs.lever.co:443/*"])).toBe(false);
    expect(isCoveredBy("https://jobs.lever.co/kranich", ["https://jobs.lever.co:443/*"])).toBe(true);
    expect(isCoveredBy("https://jobs.lever.co/kranich", ["https://jobs.lever.co:*/*"])).toBe(true);
    expect(isCoveredBy("https://jobs.lever.co/kranich/abc", ["https://jobs.lever.co/kranich/*"])).toBe(true);
    expect(isCoveredBy("https://jobs.lever.co/other", ["https://jobs.lever.co/kranich/*"])).toBe(false);
    expect(isCoveredBy("https://jobs.lever.co/a.b", ["https://jobs.lever.co/a.b"])).toBe(true);
    expect(isCoveredBy("https://jobs.lever.co/axb", ["https://jobs.lever.co/a.b"])).toBe(false);
  });

  test("no patterns, malformed patterns and addresses that are no web URLs cover nothing", () => {
    expect(isCoveredBy("https://boards.greenhouse.io/kranich", [])).toBe(false);
    for (const broken of [
      "boards.greenhouse.io",
      "https://boards.greenhouse.io",
      "https://bo*rds.greenhouse.io/*",
      "",
    ]) {
      expect(isCoveredBy("https://boards.greenhouse.io/kranich", [broken]), broken).toBe(false);
    }
    expect(isCoveredBy("not a url", ["<all_urls>"])).toBe(false);
    expect(isCoveredBy("javascript:alert(1)", ["<all_urls>"])).toBe(false);
  });

  test("the pattern requested for a site covers exactly its origin", () => {
    const pattern = originPattern("https://kranich-robotik.jobs.personio.de/?language=de");
    expect(pattern).toBe("https://kranich-robotik.jobs.personio.de/*");
    expect(isCoveredBy("https://kranich-robotik.jobs.personio.de/job/42", [pattern])).toBe(true);
    expect(isCoveredBy("https://other.jobs.personio.de/", [pattern])).toBe(false);
  });
});
