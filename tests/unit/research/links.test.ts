import { describe, expect, it } from "vitest";
import { classifyUrl, discoverKeyPages, isTrap } from "../../../lib/research/links";
import { parseHtml } from "./fixtures";

describe("classifyUrl", () => {
  it.each([
    ["https://x.example/ueber-uns", "about"],
    ["https://x.example/über-uns", "about"],
    ["https://x.example/%C3%BCber-uns", "about"],
    ["https://x.example/de/unternehmen", "about"],
    ["https://x.example/de/wir/", "about"],
    ["https://x.example/team", "team"],
    ["https://x.example/de/unternehmen/karriere", "careers"],
    ["https://x.example/stellenangebote.html", "careers"],
    ["https://x.example/preise", "pricing"],
    ["https://x.example/presse", "press"],
    ["https://x.example/blog", "blog"],
    ["https://x.example/legal-notice", "impressum"],
    ["https://x.example/impressum.php", "impressum"],
    ["https://x.example/referenzen", "customers"],
    ["https://x.example/case-studies", "customers"],
    ["https://nordlicht.jobs.personio.de/", "job-board"],
    ["https://boards.greenhouse.io/brightwavelabs", "job-board"],
    ["https://job-boards.greenhouse.io/brightwavelabs", "job-board"],
    ["https://jobs.lever.co/brightwavelabs", "job-board"],
    ["https://apply.workable.com/brightwave/", "job-board"],
    ["https://jobs.ashbyhq.com/brightwave", "job-board"],
    ["https://brightwave.recruitee.com/", "job-board"],
    ["https://join.com/companies/brightwave", "job-board"],
    ["https://x.example/de/jobs-und-karriere/", "careers"],
    ["https://x.example/en/open-positions", "careers"],
    ["https://x.example/unternehmen/unternehmensprofil", "about"],
    ["https://x.example/ansprechpartner", "team"],
    ["https://x.example/pakete", "pricing"],
    ["https://x.example/kundenstimmen", "customers"],
    ["https://x.example/pressebereich", "press"],
    ["https://x.example/impressum-datenschutz", "impressum"],
    ["https://x.example/ratgeber", "blog"],
  ])("%s is %s", (url, kind) => {
    expect(classifyUrl(new URL(url))).toBe(kind);
  });

  it("uses the link text when the path says nothing", () => {
    expect(classifyUrl(new URL("https://x.example/p/123"), "Über uns")).toBe("about");
    expect(classifyUrl(new URL("https://x.example/p/123"), "Something")).toBeUndefined();
    expect(classifyUrl(new URL("https://x.example/p/7"), "Jobs & Karriere")).toBe("careers");
    expect(classifyUrl(new URL("https://x.example/p/8"), "Impressum & Datenschutz")).toBe("impressum");
    expect(classifyUrl(new URL("https://x.example/p/9"), "Plans and pricing")).toBe("pricing");
    expect(classifyUrl(new URL("https://join.com/blog"))).toBe("blog");
  });
});

describe("isTrap", () => {
  it.each([
    ["https://x.example/events/2025/03/14", true],
    ["https://x.example/kalender", true],
    ["https://x.example/blog?page=3", true],
    ["https://x.example/blog/page/5/", true],
    ["https://x.example/blog?page=2", false],
    ["https://x.example/deck.pdf", true],
    ["ftp://x.example/file", true],
    ["https://x.example/about", false],
  ])("%s → %s", (url, trap) => {
    expect(isTrap(new URL(url))).toBe(trap);
  });
});

describe("discoverKeyPages", () => {
  it("keeps ten pages, at most two per kind, same site or job board only", () => {
    const posts = Array.from({ length: 12 }, (_, i) => `<a href="/blog/post-${i}">Post ${i}</a>`).join("");
    const doc = parseHtml(
      `<body><nav><a href="/impressum">Impressum</a><a href="https://other.example/about">About</a>
       <a href="https://nordlicht.jobs.personio.de/">Jobs</a><a href="/#about">About</a></nav>${posts}</body>`,
      "https://www.nordlicht.example/",
    );
    const pages = discoverKeyPages(doc, "https://www.nordlicht.example/");
    expect(pages[0]).toMatchObject({ kind: "impressum", url: "https://www.nordlicht.example/impressum" });
    expect(pages.map((page) => page.url)).toContain("https://nordlicht.jobs.personio.de/");
    expect(pages.filter((page) => page.kind === "blog")).toHaveLength(2);
    expect(pages.some((page) => page.url.includes("other.example"))).toBe(false);
    expect(pages.filter((page) => page.kind === "about")).toEqual([
      { url: "https://www.nordlicht.example/about", kind: "about", score: 1 },
    ]);
  });

  it("guesses common paths last, in the site's language, for kinds no link names", () => {
    const doc = parseHtml(
      `<html lang="de"><body><a href="/karriere">Karriere</a></body></html>`,
      "https://nordlicht.de/",
    );
    expect(discoverKeyPages(doc, "https://nordlicht.de/")).toEqual([
      { url: "https://nordlicht.de/karriere", kind: "careers", score: 8 },
      { url: "https://nordlicht.de/impressum", kind: "impressum", score: 1 },
      { url: "https://nordlicht.de/ueber-uns", kind: "about", score: 1 },
      { url: "https://nordlicht.de/preise", kind: "pricing", score: 1 },
    ]);
  });

  it("finds a Greenhouse board embedded by script", () => {
    const doc = parseHtml(
      `<body><div id="grnhse_app"></div><script src="https://boards.greenhouse.io/embed/job_board/js?for=brightwavelabs"></script></body>`,
      "https://www.brightwave.example/careers",
    );
    expect(discoverKeyPages(doc, "https://www.brightwave.example/careers")).toContainEqual({
      url: "https://boards.greenhouse.io/brightwavelabs",
      kind: "job-board",
      score: 9,
    });
  });

  it("finds an Ashby board embedded by script, and any known board shown in a frame", () => {
    const doc = parseHtml(
      `<body><div id="ashby_embed"></div><script src="https://jobs.ashbyhq.com/brightwavelabs/embed?version=2"></script>
       <iframe src="https://brightwave.recruitee.com/?embed=1#top"></iframe>
       <iframe src="https://www.youtube-nocookie.com/embed/xyz"></iframe></body>`,
      "https://www.brightwave.example/careers",
    );
    const boards = discoverKeyPages(doc, "https://www.brightwave.example/careers").filter(
      (page) => page.kind === "job-board",
    );
    expect(boards.map((page) => page.url).sort()).toEqual([
      "https://brightwave.recruitee.com/?embed=1",
      "https://jobs.ashbyhq.com/brightwavelabs",
    ]);
  });

  it("gives every linked kind a page before any kind a second one", () => {
    const paths = [
      "/impressum",
      "/legal-notice",
      "/unternehmen",
      "/wir",
      "/karriere",
      "/stellenangebote",
      "/unternehmen/team",
    ];
    const more = ["/leadership", "/preise", "/pricing", "/presse", "/newsroom", "/kunden", "/referenzen", "/blog"];
    const nav = [...paths, ...more].map((path) => `<a href="${path}">${path}</a>`).join(" ");
    const home = "https://www.elbwerk.example/";
    const pages = discoverKeyPages(parseHtml(`<body><nav>${nav}</nav></body>`, home), home);
    expect(pages).toHaveLength(10);
    expect(new Set(pages.map((page) => page.kind))).toEqual(
      new Set(["impressum", "about", "careers", "team", "pricing", "press", "customers", "blog"]),
    );
  });

  it("guesses no company pages on a hosted job board", () => {
    const board = "https://boards.greenhouse.io/brightwavelabs";
    const doc = parseHtml(`<body><a href="/brightwavelabs/jobs/7100001">Data Engineer</a></body>`, board);
    expect(discoverKeyPages(doc, board)).toEqual([
      { url: "https://boards.greenhouse.io/brightwavelabs/jobs/7100001", kind: "job-board", score: 8.5 },
    ]);
  });
});
