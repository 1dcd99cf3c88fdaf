import { describe, expect, test } from "vitest";
import { awaitsBoardAccess, boardNotAllowedReason, boardOriginsAwaitingAccess } from "@/lib/crawl/board-access";
import { type CrawlDeps, crawl } from "@/lib/crawl/crawl";
import type { FetchedPage } from "@/lib/crawl/fetch-page";
import { isCoveredBy } from "@/lib/crawl/host-permissions";
import { researchPage } from "@/lib/research/research-page";
import { fakeDeps, slowFetch } from "./crawl-fakes";

const home = "https://www.brightwave.example/";

function html(links: string[]): string {
  return `<html><body><main><h1>Brightwave</h1></main><footer>${links.map((l) => `<a href="${l}">${l}</a>`).join(" ")}</footer></body></html>`;
}

const deps = fakeDeps;

const ok = (url: string, links: string[] = []): FetchedPage => ({ ok: true, finalUrl: url, text: html(links) });

describe("crawl", () => {
  test("reads the start page and the key pages it links to, each with a final state", async () => {
    const start = { url: home, html: html(["/about", "/careers", "/pricing", "/impressum"]) };
    const fake = deps({
      [`${home}about`]: ok(`${home}about`),
      [`${home}careers`]: ok(`${home}careers`),
      [`${home}pricing`]: ok(`${home}pricing`),
    });
    const outcome = await crawl(start, fake, new AbortController().signal);
    expect(outcome.results).toHaveLength(4);
    const states = Object.fromEntries(outcome.pages.map((p) => [new URL(p.url).pathname, p.state]));
    expect(states).toEqual({
      "/": "done",
      "/about": "done",
      "/careers": "done",
      "/pricing": "done",
      "/impressum": "failed",
    });
    expect(outcome.pages.find((p) => p.url.endsWith("impressum"))?.reason).toBe("HTTP 404");
  });

  test("a guessed common path that does not exist is skipped, not failed", async () => {
    const fake = deps({});
    const outcome = await crawl({ url: home, html: html([]) }, fake, new AbortController().signal);
    const guessed = outcome.pages.filter((page) => page.url !== home);
    expect(guessed.length).toBeGreaterThan(0);
    expect(guessed.every((page) => page.state === "skipped" && page.reason === "not on this site")).toBe(true);
  });

  describe("job boards on other sites", () => {
    const board = "https://kranich-robotik.jobs.personio.de/";
    const careers = `${home}careers`;
    const boardPage: FetchedPage = {
      ok: true,
      finalUrl: board,
      text: `<html><body><a href="/job/101"><h3>Firmware Engineer</h3><p>Full-time · Bremen</p></a>
        <a href="/job/102"><h3>Field Service Technician</h3><p>Full-time · Linz</p></a></body></html>`,
    };
    const granted = (patterns: string[]) => (url: string) => isCoveredBy(url, patterns);

    test("one the user allowed is read, robots.txt of its host asked, and its jobs found", async () => {
      const fake = deps(
        { [careers]: ok(careers, [board]), [board]: boardPage },
        { mayRead: granted(["https://*.jobs.personio.de/*"]) },
      );
      const outcome = await crawl({ url: home, html: html(["/careers"]) }, fake, new AbortController().signal);
      expect(outcome.pages.find((page) => page.url === board)).toMatchObject({ kind: "job-board", state: "done" });
      expect(fake.robotsAllows).toHaveBeenCalledWith(board);
      const titles = outcome.results.flatMap((result) => result.jobs.map((job) => job.title));
      expect(titles).toEqual(expect.arrayContaining(["Firmware Engineer", "Field Service Technician"]));
      // The list holds every title: the board's single job ads are not fetched one by one.
      expect(outcome.pages.some((page) => page.url.includes("/job/"))).toBe(false);
    });

    test("one the user did not allow is listed with that reason, never fetched", async () => {
      const fake = deps(
        { [careers]: ok(careers, [board, "https://boards.greenhouse.io/brightwave"]) },
        { mayRead: granted([`${home}*`]) },
      );
      const outcome = await crawl({ url: home, html: html(["/careers"]) }, fake, new AbortController().signal);
      const boards = outcome.pages.filter((page) => page.kind === "job-board");
      expect(boards.map((page) => page.url).sort()).toEqual(["https://boards.greenhouse.io/brightwave", board]);
      for (const page of boards) {
        expect(page).toMatchObject({ state: "skipped", reason: boardNotAllowedReason(page.url) });
        expect(awaitsBoardAccess(page)).toBe(true);
        expect(fake.fetchPage).not.toHaveBeenCalledWith(page.url, expect.anything());
        expect(fake.robotsAllows).not.toHaveBeenCalledWith(page.url);
      }
      expect(boardOriginsAwaitingAccess(outcome.pages).sort()).toEqual([
        "https://boards.greenhouse.io",
        "https://kranich-robotik.jobs.personio.de",
      ]);
      expect(boardNotAllowedReason(board)).toContain("kranich-robotik.jobs.personio.de");
    });

    test("without any permission check nothing off the site is read", async () => {
      const fake = deps({ [board]: boardPage });
      const outcome = await crawl({ url: home, html: html([board]) }, fake, new AbortController().signal);
      expect(outcome.pages.find((page) => page.url === board)?.reason).toBe(boardNotAllowedReason(board));
      expect(fake.fetchPage).not.toHaveBeenCalledWith(board, expect.anything());
    });

    test("a page elsewhere that is no job board is never fetched, even where access was granted", async () => {
      const partner = "https://partner.example/about";
      const fake = deps({ [partner]: ok(partner) }, { mayRead: () => true });
      const outcome = await crawl({ url: home, html: html([partner, "/about"]) }, fake, new AbortController().signal);
      expect(outcome.pages.some((page) => page.url === partner)).toBe(false);
      expect(fake.fetchPage).not.toHaveBeenCalledWith(partner, expect.anything());
    });

    describe("a board that renders in the browser (Workable)", () => {
      const workable = "https://apply.workable.com/kranich-robotik";
      const feed = "https://apply.workable.com/api/v1/widget/accounts/kranich-robotik";
      const shell: FetchedPage = {
        ok: true,
        finalUrl: workable,
        text: '<html><body><div id="app"></div></body></html>',
      };
      const feedPage: FetchedPage = {
        ok: true,
        finalUrl: feed,
        text: JSON.stringify({ name: "Kranich Robotik", jobs: [{ title: "Robot Vision Engineer", city: "Bremen" }] }),
      };
      const allowed = { mayRead: granted(["https://apply.workable.com/*"]) };
      const research = (fake: CrawlDeps) =>
        crawl({ url: home, html: html(["/careers"]) }, fake, new AbortController().signal);

      test("is read from its feed of openings on the same host, asked for as a feed", async () => {
        const fake = deps({ [careers]: ok(careers, [workable]), [workable]: shell, [feed]: feedPage }, allowed);
        const outcome = await research(fake);
        expect(outcome.pages.find((page) => page.url === workable)).toMatchObject({ kind: "job-board", state: "done" });
        expect(fake.fetchPage).toHaveBeenCalledWith(feed, expect.anything(), "feed");
        expect(fake.fetchPage).not.toHaveBeenCalledWith(workable, expect.anything());
        const board = outcome.results.find((result) => result.url === workable);
        expect(board?.jobs).toMatchObject([{ title: "Robot Vision Engineer", location: "Bremen", source: "workable" }]);
        expect(board?.signals[0]?.summary).toBe("Hiring: 1 open engineering role");
      });

      test("falls back to the board's page when its feed is missing, not a feed, or disallowed", async () => {
        const broken: FetchedPage = { ok: true, finalUrl: feed, text: "<html>maintenance</html>" };
        for (const [answer, robotsAllows] of [
          [undefined, async () => true],
          [broken, async () => true],
          [feedPage, async (url: string) => !url.includes("/api/")],
        ] as const) {
          const pages = {
            [careers]: ok(careers, [workable]),
            [workable]: shell,
            ...(answer ? { [feed]: answer } : {}),
          };
          const fake = deps(pages, { ...allowed, robotsAllows });
          const outcome = await research(fake);
          expect(outcome.pages.find((page) => page.url === workable)?.state).toBe("done");
          expect(fake.fetchPage).toHaveBeenCalledWith(workable, expect.anything());
          expect(outcome.results.find((result) => result.url === workable)?.jobs).toEqual([]);
        }
      });
    });

    test("a redirect to a host the user did not allow is not read", async () => {
      const moved = "https://job-boards.greenhouse.io/kranich";
      const fake = deps(
        { "https://boards.greenhouse.io/kranich": { ok: true, finalUrl: moved, text: html([]) } },
        { mayRead: granted(["https://boards.greenhouse.io/*"]) },
      );
      const outcome = await crawl(
        { url: home, html: html(["https://boards.greenhouse.io/kranich"]) },
        fake,
        new AbortController().signal,
      );
      expect(outcome.pages.find((page) => page.kind === "job-board")?.reason).toBe("redirected to another site");
      expect(outcome.results.some((result) => result.url === moved)).toBe(false);
    });
  });

  test("stays within the page budget, the site, and at most two fetches at a time", async () => {
    const links = Array.from({ length: 30 }, (_, i) => `/blog/post-${i}`).concat(["https://other.example/about"]);
    const slow = slowFetch((url) => ok(url));
    const fake = deps({}, { fetchPage: slow.fetchPage });
    const outcome = await crawl(
      { url: home, html: html(["/about", "/team", "/jobs", ...links]) },
      fake,
      new AbortController().signal,
    );
    expect(outcome.pages.length).toBeLessThanOrEqual(10);
    expect(
      outcome.pages.every((p) => p.state === "skipped" || new URL(p.url).hostname === "www.brightwave.example"),
    ).toBe(true);
    expect(slow.mostAtOnce()).toBeLessThanOrEqual(2);
  });

  test("honours robots.txt, skips redirects to other sites and login walls", async () => {
    const fake = deps(
      {
        [`${home}about`]: { ok: true, finalUrl: "https://elsewhere.example/", text: html([]) },
        [`${home}careers`]: ok(`${home}careers`),
      },
      {
        robotsAllows: async (url) => !url.includes("pricing"),
        analyse: (text, url) =>
          url.endsWith("careers") ? undefined : researchPage(new DOMParser().parseFromString(text, "text/html"), url),
      },
    );
    const outcome = await crawl(
      { url: home, html: html(["/about", "/careers", "/pricing"]) },
      fake,
      new AbortController().signal,
    );
    const reasons = Object.fromEntries(outcome.pages.map((p) => [new URL(p.url).pathname, p.reason]));
    expect(reasons["/pricing"]).toContain("robots.txt");
    expect(reasons["/about"]).toBe("redirected to another site");
    expect(reasons["/careers"]).toBe("asks for a login");
  });

  test("cancelling skips what is still queued and keeps what was found", async () => {
    const controller = new AbortController();
    const fake = deps(
      {},
      {
        fetchPage: async (url) => {
          controller.abort();
          return ok(url);
        },
      },
    );
    const outcome = await crawl(
      { url: home, html: html(["/about", "/team", "/careers", "/pricing", "/impressum"]) },
      fake,
      controller.signal,
    );
    const skipped = outcome.pages.filter((p) => p.state === "skipped");
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((p) => p.reason === "cancelled")).toBe(true);
    expect(outcome.results.length).toBeGreaterThanOrEqual(1);
  });
});
