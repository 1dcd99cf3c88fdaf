import { vi } from "vitest";
import type { CrawlDeps } from "@/lib/crawl/crawl";
import type { FetchedPage } from "@/lib/crawl/fetch-page";
import { researchPage } from "@/lib/research/research-page";

/** The research's dependencies with `pages` as the web: any other address is a 404. */
export function fakeDeps(pages: Record<string, FetchedPage>, overrides: Partial<CrawlDeps> = {}): CrawlDeps {
  return {
    fetchPage: vi.fn(async (url: string) => pages[url] ?? { ok: false as const, reason: "HTTP 404" }),
    robotsAllows: vi.fn(async () => true),
    analyse: (text, url) => researchPage(new DOMParser().parseFromString(text, "text/html"), url),
    progress: vi.fn(),
    ...overrides,
  };
}

/** A fetch that takes a few milliseconds and counts how many run at the same time. */
export function slowFetch(respond: (url: string) => FetchedPage) {
  let running = 0;
  let most = 0;
  const fetchPage = async (url: string): Promise<FetchedPage> => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((done) => setTimeout(done, 5));
    running -= 1;
    return respond(url);
  };
  return { fetchPage, mostAtOnce: () => most };
}
