import type { ResearchPageState } from "../model/research-run";
import { sameSite } from "../research/domain";
import { isJobBoardUrl } from "../research/link-kinds";
import { isTrap } from "../research/links";
import type { KeyPage, PageResearch, ResponseHeaders } from "../research/types";
import { parseUrl } from "../research/url";
import { workableFeedResearch, workableFeedUrl } from "../research/workable-feed";
import { boardNotAllowedReason } from "./board-access";
import type { FetchedPage, FetchPurpose } from "./fetch-page";
import { siteHome } from "./site-home";

export interface CrawlOptions {
  /** Pages per research, the start page included. */
  maxPages: number;
  /** Pages fetched at the same time. */
  concurrency: number;
}

/** Key pages discovered only by guessing a common path carry the lowest score. */
const guessedScore = 1;

export const defaultCrawlOptions: CrawlOptions = { maxPages: 10, concurrency: 2 };

export interface CrawlDeps {
  fetchPage(url: string, signal: AbortSignal, purpose?: FetchPurpose): Promise<FetchedPage>;
  robotsAllows(url: string): Promise<boolean>;
  /** True when the user allowed the extension to read the address; without it nothing off the site is read. */
  mayRead?(url: string): boolean;
  /** Parses and researches one page (headers when it was fetched); returns undefined for a login wall. */
  analyse(html: string, url: string, headers?: ResponseHeaders): PageResearch | undefined;
  progress(pages: readonly ResearchPageState[]): void;
}

export interface CrawlOutcome {
  pages: ResearchPageState[];
  results: PageResearch[];
}

/**
 * Researches the page in front of the user and the few key pages it links to:
 * bounded in pages and parallelism, same site only (job boards the user allowed
 * excepted), robots.txt honoured, cancellable; every page ends with a state and a reason.
 */
export async function crawl(
  start: { url: string; html: string },
  deps: CrawlDeps,
  signal: AbortSignal,
  options: CrawlOptions = defaultCrawlOptions,
): Promise<CrawlOutcome> {
  const first = deps.analyse(start.html, start.url);
  const pages: ResearchPageState[] = [{ url: start.url, kind: first?.kind ?? "other", state: "done" }];
  const results = first ? [first] : [];
  const seen = new Set([normalise(start.url)]);
  const queue: ResearchPageState[] = [];
  // Common paths tried without a link pointing there: a 404 there is no failure.
  const guessed = new Set<string>();
  const enqueue = (found: readonly KeyPage[]) => {
    for (const page of found) {
      if (pages.length >= options.maxPages) return;
      const key = normalise(page.url);
      if (seen.has(key) || !worthFetching(page.url, start.url)) continue;
      seen.add(key);
      if (page.score <= guessedScore) guessed.add(page.url);
      const state: ResearchPageState = { url: page.url, kind: page.kind, state: "queued" };
      pages.push(state);
      queue.push(state);
    }
  };
  // Started inside the site, research reads the home page first and takes key pages from its links
  // too; paths the start page could only guess wait for them, so they take no slot a link would fill.
  const home = first && startedInside(first) ? siteHome(start.url, first.meta?.lang) : undefined;
  const startPages = first?.keyPages ?? [];
  const heldGuesses = home ? startPages.filter((page) => page.score <= guessedScore) : [];
  if (home) enqueue([{ url: home, kind: "home", score: guessedScore }]);
  enqueue(home ? startPages.filter((page) => page.score > guessedScore) : startPages);
  deps.progress(pages);

  const mayReadOffSite = (url: string) => deps.mayRead?.(url) ?? false;
  // A board that renders in the browser is read from its public feed of openings, where it has one;
  // when that fails, the board's page is read as any other.
  const readBoardFeed = async (url: string): Promise<PageResearch | undefined> => {
    const feed = workableFeedUrl(url);
    if (!feed || !(await deps.robotsAllows(feed))) return undefined;
    const fetched = await deps.fetchPage(feed, signal, "feed");
    return fetched.ok ? workableFeedResearch(fetched.text, url) : undefined;
  };
  const visit = async (page: ResearchPageState): Promise<PageResearch | undefined> => {
    const finish = (state: ResearchPageState["state"], reason?: string, result?: PageResearch) => {
      page.state = state;
      page.reason = reason;
      deps.progress(pages);
      return result;
    };
    // Only job boards get this far off the site; one is read only once the user allowed its host.
    if (!sameSite(page.url, start.url) && !mayReadOffSite(page.url)) {
      return finish("skipped", boardNotAllowedReason(page.url));
    }
    page.state = "fetching";
    deps.progress(pages);
    const fromFeed = await readBoardFeed(page.url);
    if (fromFeed) {
      results.push(fromFeed);
      return finish("done", undefined, fromFeed);
    }
    if (!(await deps.robotsAllows(page.url))) return finish("skipped", "disallowed by the site's robots.txt");
    const fetched = await deps.fetchPage(page.url, signal);
    if (!fetched.ok && guessed.has(page.url) && fetched.reason === "HTTP 404")
      return finish("skipped", "not on this site");
    if (!fetched.ok) return finish(signal.aborted ? "skipped" : "failed", fetched.reason);
    const landedOffSite = !sameSite(fetched.finalUrl, start.url);
    if (!worthFetching(fetched.finalUrl, start.url) || (landedOffSite && !mayReadOffSite(fetched.finalUrl))) {
      return finish("skipped", "redirected to another site");
    }
    const result = deps.analyse(fetched.text, fetched.finalUrl, fetched.headers);
    if (!result) return finish("skipped", "asks for a login");
    results.push(result);
    // Careers pages lead to job boards: follow them while the budget lasts. A board's own
    // links lead to single job ads whose titles its list already holds.
    if (!landedOffSite) enqueue(result.keyPages.filter((key) => key.kind === "job-board"));
    return finish("done", undefined, result);
  };
  const visitAndFollow = async (page: ResearchPageState) => {
    const result = await visit(page);
    if (page.url !== home) return;
    if (result?.kind === "home") enqueue(result.keyPages);
    enqueue(heldGuesses);
  };

  // A pool rather than fixed workers: the home page's links join the queue while other pages are read.
  await new Promise<void>((done) => {
    let active = 0;
    const pump = () => {
      while (active < options.concurrency && queue.length > 0) {
        const next = queue.shift() as ResearchPageState;
        if (signal.aborted) {
          next.state = "skipped";
          next.reason = "cancelled";
          continue;
        }
        active += 1;
        void visitAndFollow(next)
          .catch((error: unknown) => {
            next.state = "failed";
            next.reason = error instanceof Error ? error.message.slice(0, 200) : "could not be read";
          })
          .finally(() => {
            active -= 1;
            pump();
          });
      }
      if (active === 0) done();
    };
    pump();
  });
  deps.progress(pages);
  return { pages, results };
}

/** A page inside the site, not its home page nor a job board's (whose root may be the board vendor's own site). */
function startedInside(first: PageResearch): boolean {
  return first.kind !== "home" && first.kind !== "job-board";
}

function worthFetching(url: string, startUrl: string): boolean {
  const target = parseUrl(url);
  // A trap includes anything that is no web address.
  return target !== undefined && !isTrap(target) && (sameSite(target, startUrl) || isJobBoardUrl(target));
}

function normalise(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = "";
    return parsed.href.replace(/\/$/, "");
  } catch {
    return url;
  }
}
