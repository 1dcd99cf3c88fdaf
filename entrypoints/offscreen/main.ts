import { fetchPage } from "@/lib/crawl/fetch-page";
import { runResearch } from "@/lib/crawl/run-research";
import { getDatabase } from "@/lib/db";
import {
  type BackgroundToOffscreen,
  backgroundToOffscreenSchema,
  type PageToBackground,
} from "@/lib/messaging/protocol";

type ResearchRequest = Extract<BackgroundToOffscreen, { type: "offscreen/research" }>;

// The offscreen document has the DOM the service worker lacks: it fetches and parses
// the pages of a website research and stores what it found.
const db = getDatabase();
const running = new Map<string, AbortController>();
const parser = new DOMParser();

browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
  const parsed = backgroundToOffscreenSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const message = parsed.data;
  if (message.type === "offscreen/cancel") {
    running.get(message.runId)?.abort();
    sendResponse({ ok: true });
    return undefined;
  }
  const controller = new AbortController();
  running.set(message.runId, controller);
  sendResponse({ ok: true });
  void research(message, controller).finally(() => running.delete(message.runId));
  return undefined;
});

async function research(message: ResearchRequest, controller: AbortController) {
  const { runId, html, grantedOrigins } = message;
  const run = await db.researchRuns.get(runId);
  if (!run) return;
  try {
    await runResearch(
      db,
      run,
      html,
      { fetchPage, parseHtml: (text) => parser.parseFromString(text, "text/html"), grantedOrigins },
      controller.signal,
    );
    const refresh: PageToBackground = { type: "refresh-badge" };
    await browser.runtime.sendMessage(refresh).catch(() => undefined);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await db.researchRuns.update(runId, { state: "failed", error: reason.slice(0, 2000), finishedAt: Date.now() });
  }
}
