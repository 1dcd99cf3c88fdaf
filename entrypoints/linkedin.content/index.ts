import { captureFingerprint } from "@/lib/capture/fingerprint";
import { captureLinkedInPage, isCapturablePage } from "@/lib/capture/registry";
import { type SettleWatcher, watchUntilSettled } from "@/lib/capture/scheduler";
import { type Captured, isStale, subjectAndName } from "@/lib/capture/stale-guard";
import type { ContentToBackground } from "@/lib/messaging/protocol";

// Reads the LinkedIn page the user is on and sends what it found. It never adds
// DOM to the page, never requests anything from LinkedIn, never scrolls or clicks.
export default defineContentScript({
  matches: ["https://*.linkedin.com/*"],
  runAt: "document_idle",
  main(ctx) {
    let watcher: SettleWatcher | undefined;
    let lastSent: string | undefined;
    let lastSubject: Captured | undefined;
    const timers = {
      setTimeout: (handler: () => void, ms: number) => ctx.setTimeout(handler, ms),
      clearTimeout: (id: number) => clearTimeout(id),
    };

    const captureNow = () => {
      try {
        const capture = captureLinkedInPage(document, location.href);
        if (!capture || isStale(capture, lastSubject)) return;
        const fingerprint = captureFingerprint(capture);
        if (fingerprint === lastSent) return;
        lastSent = fingerprint;
        lastSubject = subjectAndName(capture) ?? lastSubject;
        const message: ContentToBackground = { type: "capture", capture };
        browser.runtime.sendMessage(message).catch(() => {
          // The background restarts on its own; the next settle sends again.
          lastSent = undefined;
        });
      } catch {
        // A page we cannot read must never see an error from us.
      }
    };

    const observer = new MutationObserver(() => watcher?.mutated());
    // The navigation event comes before the address bar changes: it names the new address.
    const start = (url: string) => {
      watcher?.stop();
      watcher = undefined;
      lastSent = undefined;
      // Feed, search and messaging pages describe no prospect: nothing to watch there.
      if (!isCapturablePage(url)) return observer.disconnect();
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      watcher = watchUntilSettled(captureNow, timers);
    };

    ctx.onInvalidated(() => {
      observer.disconnect();
      watcher?.stop();
    });
    ctx.addEventListener(window, "wxt:locationchange", (event) => start(event.newUrl.href));
    start(location.href);
  },
});
