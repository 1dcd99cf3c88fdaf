import { originPattern } from "@/lib/crawl/host-permissions";
import { type ProspectDatabase, startResearchRun } from "@/lib/db";
import { type BackgroundToOffscreen, maxGrantedOrigins } from "@/lib/messaging/protocol";
import { registrableDomain } from "@/lib/research/domain";

const offscreenPath = "offscreen.html";
/** The page in front of the user is read as it is; beyond this size the rest is left out. */
const maxStartPageChars = 5 * 1024 * 1024;

/** Website research from the background: read the tab, record the run, hand the work to the offscreen document. */
export function researchEffects(db: ProspectDatabase) {
  return {
    async startResearch(tabId: number, url: string): Promise<string> {
      if (!(await browser.permissions.contains({ origins: [originPattern(url)] }))) {
        throw new Error(`Prospect Scout may not read ${new URL(url).origin} yet: allow access to research it.`);
      }
      const domain = registrableDomain(url);
      if (!domain) throw new Error(`${url} has no domain to research.`);
      const [injection] = await browser.scripting.executeScript({
        target: { tabId },
        func: () => document.documentElement.outerHTML,
      });
      const html = typeof injection?.result === "string" ? injection.result.slice(0, maxStartPageChars) : "";
      const run = await startResearchRun(db, url, domain);
      // Job boards on other sites are read only where the user allowed their host.
      const grantedOrigins = ((await browser.permissions.getAll()).origins ?? []).slice(0, maxGrantedOrigins);
      await ensureOffscreenDocument();
      const message: BackgroundToOffscreen = { type: "offscreen/research", runId: run.id, url, html, grantedOrigins };
      await browser.runtime.sendMessage(message);
      return run.id;
    },
    async cancelResearch(runId: string): Promise<void> {
      const message: BackgroundToOffscreen = { type: "offscreen/cancel", runId };
      await browser.runtime.sendMessage(message).catch(() => undefined);
    },
  };
}

async function ensureOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(`/${offscreenPath}`);
  const existing = await browser.runtime.getContexts({
    contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  if (existing.length > 0) return;
  await browser.offscreen.createDocument({
    url: offscreenPath,
    reasons: ["DOM_PARSER"],
    justification: "Parse the pages of a website the user asked to research.",
  });
}
