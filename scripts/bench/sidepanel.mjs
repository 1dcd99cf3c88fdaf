// The side panel with 10,000 fictional prospects in Chromium: cold open until the list
// shows, search time per keystroke, and capture-to-panel time. Prints figures, never fails.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { launchWithExtension } from "../lib/browser.mjs";
import { fictionalProspects, seedDatabase } from "./sidepanel-data.mjs";

const listRow = '[data-testid="prospect-list"] [data-testid="queue-row"]';
const round = (n) => Math.round(n * 10) / 10;

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    first: round(values[0] ?? Number.NaN),
    median: round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN),
    max: round(sorted.at(-1) ?? Number.NaN),
    runs: values.length,
  };
}

/** Opens the panel, switches to "All prospects" the moment its tab exists, and notes when the first row shows. */
async function openPanelOnList(context, panelUrl) {
  const page = await context.newPage();
  await page.addInitScript((rowSelector) => {
    const countSelector = '[data-testid="queue-count"]';
    new MutationObserver(() => {
      const tab = [...document.querySelectorAll("[role=tab], button")].find((el) =>
        /^(All prospects|Alle Kontakte)/.test(el.textContent?.trim() ?? ""),
      );
      if (tab && !window.__listTabClicked && tab.getAttribute("aria-selected") !== "true") {
        window.__listTabClicked = true;
        tab.click();
      }
      if (window.__listShownAt === undefined && document.querySelector(rowSelector)) {
        window.__listShownAt = performance.now();
      }
      // The count appears once every prospect is read, searchable and sortable.
      if (window.__fullListAt === undefined && /\d/.test(document.querySelector(countSelector)?.textContent ?? "")) {
        window.__fullListAt = performance.now();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, listRow);
  await page.goto(panelUrl);
  await page.waitForFunction(() => window.__fullListAt !== undefined, null, { timeout: 30_000 });
  const [shownMs, fullMs] = await page.evaluate(() => [window.__listShownAt, window.__fullListAt]);
  return { page, shownMs, fullMs };
}

/** Types each query one letter at a time; per keystroke: until React committed, and until the next frame. */
async function typeQueries(page, queries) {
  return page.evaluate(async (queries) => {
    const input = document.querySelector('[data-testid="queue-search"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const commit = [];
    const frame = [];
    const type = async (value, record) => {
      const start = performance.now();
      setValue.call(input, value);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      // The input event is discrete: React renders it before the next task.
      await new Promise((done) => setTimeout(done, 0));
      const committed = performance.now() - start;
      await nextFrame();
      if (record) {
        commit.push(committed);
        frame.push(performance.now() - start);
      }
    };
    const counts = {};
    for (const query of queries) {
      for (let n = 1; n <= query.length; n++) await type(query.slice(0, n), true);
      counts[query] = document.querySelector('[data-testid="queue-count"]')?.textContent;
      await type("", false);
    }
    return { commit, frame, counts };
  }, queries);
}

/** Notes (epoch ms) when each text first shows in an element matching `selector`. */
async function watchTexts(panel, selector) {
  await panel.evaluate((selector) => {
    window.__shown = [];
    new MutationObserver(() => {
      for (const element of document.querySelectorAll(selector)) {
        const text = element.textContent;
        if (text && !window.__shown.some((entry) => entry.text === text)) window.__shown.push({ text, at: Date.now() });
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, selector);
}

async function shownAt(panel, text) {
  await panel.waitForFunction((text) => window.__shown.some((entry) => entry.text === text), text, {
    timeout: 20_000,
  });
  return panel.evaluate((text) => window.__shown.find((entry) => entry.text === text).at, text);
}

const profileUrl = "https://www.linkedin.com/in/lena-hoffmann-demo/";

async function latestCaptureAt(page) {
  return page.evaluate(
    (subjectKey) =>
      new Promise((done, fail) => {
        const request = indexedDB.open("prospect-scout");
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const query = request.result
            .transaction("captures")
            .objectStore("captures")
            .index("subjectKey")
            .getAll(subjectKey);
          query.onsuccess = () => done(Math.max(...query.result.map((log) => log.at)));
        };
      }),
    profileUrl,
  );
}

/** The demo profile at its LinkedIn address, in a tab, with the name it shows changeable between visits. */
async function demoProfile(context) {
  const page = readFileSync(resolve(import.meta.dirname, "../demo/pages/linkedin-profile-lena.html"), "utf8");
  let html = page;
  await context.route("https://www.linkedin.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
  );
  const tab = await context.newPage();
  return {
    async visit(name) {
      html = page.replaceAll(">Lena Hoffmann<", `>${name}<`);
      await (tab.url() === profileUrl ? tab.reload() : tab.goto(profileUrl));
    },
    close: () => tab.close(),
  };
}

/**
 * Capture → name shown, per visit: from the capture's `at` in the captures table to the
 * moment `selector` shows the name. Revisits change the name, so the panel must follow the update.
 */
async function captureLatencies(panel, profile, selector, names) {
  await watchTexts(panel, selector);
  const latencies = [];
  for (const name of names) {
    await profile.visit(name);
    const at = await shownAt(panel, name).catch(() => undefined);
    if (at !== undefined) latencies.push(at - (await latestCaptureAt(panel)));
  }
  return latencies;
}

export async function measureSidePanel({ count = 10_000, coldRuns = 5, captureRuns = 5 } = {}) {
  let session;
  try {
    session = await launchWithExtension();
    const { context, extensionId } = session;
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
    const setup = await context.newPage();
    await setup.goto(panelUrl);
    await seedDatabase(setup, fictionalProspects(count, Date.now()));
    await setup.close();

    const cold = [];
    const full = [];
    let open;
    for (let run = 0; run < coldRuns; run++) {
      await open?.page.close();
      open = await openPanelOnList(context, panelUrl);
      cold.push(open.shownMs);
      full.push(open.fullMs);
    }
    const typed = await typeQueries(open.page, ["mueller", "nordwind", "head of sales"]);
    await open.page.close();
    const profile = await demoProfile(context);
    const names = (tag) => Array.from({ length: captureRuns }, (_, run) => `Lena Hoffmann ${tag}${run + 1}`);

    // The panel's default view, as in the design budget; the first visit shows the demo page as it is.
    const panel = await context.newPage();
    await panel.goto(panelUrl);
    const selector = '[data-testid="person-name"]';
    const toPanel = await captureLatencies(panel, profile, selector, ["Lena Hoffmann", ...names("P").slice(1)]);
    await panel.close();

    // The open list, searching for her: on each capture the live list reads all prospects again.
    const list = await openPanelOnList(context, panelUrl);
    await list.page.getByTestId("queue-search").fill("lena hoffmann");
    const toList = await captureLatencies(list.page, profile, '[data-testid="queue-row-name"]', names("L"));
    await Promise.all([list.page.close(), profile.close()]);
    return {
      prospects: count,
      coldOpenToListMs: summary(cold),
      coldOpenBudgetMs: 500,
      coldOpenToFullListMs: summary(full),
      searchPerKeystroke: {
        renderedMs: summary(typed.commit),
        nextFrameMs: summary(typed.frame),
        results: typed.counts,
      },
      searchBudgetMs: 50,
      captureToPanelMs: summary(toPanel),
      captureBudgetMs: 300,
      captureToOpenListMs: summary(toList),
    };
  } catch (error) {
    return { prospects: count, error: String(error) };
  } finally {
    await session?.close();
  }
}
