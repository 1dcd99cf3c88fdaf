import { finishResearchRun, type ProspectDatabase, updateResearchProgress } from "../db";
import { scoreCaptured } from "../db/rescore";
import type { ResearchPageState, ResearchRun } from "../model";
import { mergeResearch } from "../research/merge";
import { researchPage } from "../research/research-page";
import type { ResponseHeaders } from "../research/types";
import { type CrawlOptions, crawl, defaultCrawlOptions } from "./crawl";
import type { FetchedPage, FetchPurpose } from "./fetch-page";
import { isCoveredBy } from "./host-permissions";
import { isLoginWall } from "./login-wall";
import { robotsChecker } from "./robots-cache";

export interface ResearchEnvironment {
  fetchPage(url: string, signal: AbortSignal, purpose?: FetchPurpose): Promise<FetchedPage>;
  parseHtml(html: string): Document;
  /** The host permissions the extension holds, as match patterns: job boards elsewhere are read only under one. */
  grantedOrigins: readonly string[];
  /** How often progress is written at most, so the panel updates without flooding the database. */
  progressIntervalMs?: number;
}

/** Runs one website research from the page the user is on and stores its findings. */
export async function runResearch(
  db: ProspectDatabase,
  run: ResearchRun,
  startHtml: string,
  env: ResearchEnvironment,
  signal: AbortSignal,
  options: CrawlOptions = defaultCrawlOptions,
): Promise<ResearchRun> {
  const robotsAllows = robotsChecker(async (url) => {
    const page = await env.fetchPage(url, signal, "robots");
    return page.ok ? page.text : undefined;
  });
  const progress = throttled((pages: readonly ResearchPageState[]) => {
    void updateResearchProgress(db, run.id, pages);
  }, env.progressIntervalMs ?? 150);
  const analyse = (html: string, url: string, headers?: ResponseHeaders) => {
    const doc = env.parseHtml(html);
    return isLoginWall(doc) ? undefined : researchPage(doc, url, { headers, markup: html });
  };
  const outcome = await crawl(
    { url: run.startUrl, html: startHtml },
    {
      fetchPage: env.fetchPage,
      robotsAllows,
      mayRead: (url) => isCoveredBy(url, env.grantedOrigins),
      analyse,
      progress,
    },
    signal,
    options,
  );
  progress.cancel();
  const finished = await finishResearchRun(db, run, {
    pages: outcome.pages,
    research: mergeResearch(outcome.results),
    cancelled: signal.aborted,
  });
  // What the site revealed (size, technologies, funding) can change the fit of its people.
  await scoreCaptured(db, { companyId: finished.companyId });
  return finished;
}

function throttled<T>(write: (value: T) => void, intervalMs: number) {
  let last = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const call = (value: T) => {
    clearTimeout(pending);
    const wait = last + intervalMs - Date.now();
    if (wait <= 0) {
      last = Date.now();
      write(value);
    } else {
      pending = setTimeout(() => call(value), wait);
    }
  };
  return Object.assign(call, { cancel: () => clearTimeout(pending) });
}
