import { describe, expect, test, vi } from "vitest";
import { crawl } from "@/lib/crawl/crawl";
import type { FetchedPage } from "@/lib/crawl/fetch-page";
import { fakeDeps, slowFetch } from "./crawl-fakes";

const site = "https://www.seewind-logistik.example/";
const article = `${site}blog/neue-lagerhalle`;

function html(links: string[], lang = "de"): string {
  const anchors = links.map((link) => `<a href="${link}">${link}</a>`).join(" ");
  return `<html lang="${lang}"><body><main><h1>Seewind Logistik</h1></main><footer>${anchors}</footer></body></html>`;
}

const ok = (url: string, links: string[] = []): FetchedPage => ({ ok: true, finalUrl: url, text: html(links) });

const deps = fakeDeps;

const paths = (outcome: Awaited<ReturnType<typeof crawl>>) =>
  Object.fromEntries(outcome.pages.map((page) => [new URL(page.url).pathname, page.state]));

describe("crawl started on a page inside the site", () => {
  test("reads the home page and the key pages its links name", async () => {
    const fake = deps({
      [site]: ok(site, ["/unternehmen", "/karriere", "/impressum"]),
      [`${site}unternehmen`]: ok(`${site}unternehmen`),
      [`${site}karriere`]: ok(`${site}karriere`),
      [`${site}impressum`]: ok(`${site}impressum`),
    });
    const outcome = await crawl({ url: article, html: html(["/blog"]) }, fake, new AbortController().signal);
    expect(vi.mocked(fake.fetchPage).mock.calls[0]?.[0]).toBe(site);
    expect(outcome.pages.find((page) => page.url === site)).toMatchObject({ kind: "home", state: "done" });
    expect(paths(outcome)).toMatchObject({ "/unternehmen": "done", "/karriere": "done", "/impressum": "done" });
    expect(outcome.results.map((result) => result.kind)).toEqual(expect.arrayContaining(["home", "impressum"]));
  });

  test("paths the start page could only guess wait for the home page's links, which take their slots", async () => {
    const homeLinks = ["/leistungen/lager", "/leistungen/transport", "/team", "/jobs", "/presse"];
    const fake = deps({ [site]: ok(site, [...homeLinks, "/kontakt", "/referenzen", "/preise-und-pakete"]) });
    const outcome = await crawl({ url: article, html: html([]) }, fake, new AbortController().signal, {
      maxPages: 6,
      concurrency: 2,
    });
    const read = outcome.pages.map((page) => new URL(page.url).pathname);
    expect(read.slice(0, 2)).toEqual(["/blog/neue-lagerhalle", "/"]);
    expect(read).toContain("/team");
    expect(read).not.toContain("/ueber-uns");
    expect(outcome.pages).toHaveLength(6);
  });

  test("a home page that is missing is skipped, and the start page's guesses are tried instead", async () => {
    const fake = deps({});
    const outcome = await crawl({ url: article, html: html([]) }, fake, new AbortController().signal);
    expect(outcome.pages.find((page) => page.url === site)).toMatchObject({
      state: "skipped",
      reason: "not on this site",
    });
    expect(paths(outcome)).toMatchObject({ "/impressum": "skipped", "/ueber-uns": "skipped" });
  });

  test("the home page's links are read two at a time, as the start page's are", async () => {
    const slow = slowFetch((url) =>
      url === site ? ok(site, ["/ueber-uns", "/karriere", "/preise", "/impressum"]) : ok(url),
    );
    const fake = deps({}, { fetchPage: slow.fetchPage });
    const outcome = await crawl({ url: article, html: html([]) }, fake, new AbortController().signal);
    expect(paths(outcome)).toMatchObject({ "/": "done", "/ueber-uns": "done", "/karriere": "done", "/preise": "done" });
    expect(slow.mostAtOnce()).toBe(2);
  });

  test("a fetch that throws fails that page only; the research finishes with what it found", async () => {
    const fake = deps(
      {},
      {
        fetchPage: async (url) => {
          if (url === site) throw new Error("network stack gone");
          return ok(url);
        },
      },
    );
    const outcome = await crawl({ url: article, html: html(["/ueber-uns"]) }, fake, new AbortController().signal);
    expect(outcome.pages.find((page) => page.url === site)).toMatchObject({
      state: "failed",
      reason: "network stack gone",
    });
    expect(paths(outcome)["/ueber-uns"]).toBe("done");
  });

  test("started on the home page or on a job board, no other root is read", async () => {
    const onHome = deps({});
    await crawl({ url: site, html: html(["/ueber-uns"]) }, onHome, new AbortController().signal);
    expect(vi.mocked(onHome.fetchPage).mock.calls.filter(([url]) => url === site)).toEqual([]);

    const board = "https://seewind-logistik.jobs.personio.de/job/4411";
    const onBoard = deps({});
    await crawl({ url: board, html: html([]) }, onBoard, new AbortController().signal);
    expect(vi.mocked(onBoard.fetchPage).mock.calls.map(([url]) => url)).not.toContain(
      "https://seewind-logistik.jobs.personio.de/",
    );
  });
});
