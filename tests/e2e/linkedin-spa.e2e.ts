import type { Page } from "playwright-core";
import { afterEach, beforeEach, expect, test } from "vitest";
import { readTable } from "../../scripts/corpus/read-table.mjs";
import { type ExtensionSession, projectFile, startExtension } from "./harness";

const lenaUrl = "https://www.linkedin.com/in/lena-hoffmann-demo/";
const jonasPath = "/in/jonas-weber-demo/";
let session: ExtensionSession;

/** As LinkedIn does: the address changes first, the page content `delayMs` later. */
async function navigateInApp(page: Page, path: string, html: string, delayMs: number) {
  await page.evaluate(
    ({ path, html, delayMs }) => {
      history.pushState({}, "", path);
      setTimeout(() => {
        const next = new DOMParser().parseFromString(html, "text/html");
        document.title = next.title;
        document.body.replaceChildren(
          ...Array.from(next.body.childNodes).map((node) => document.importNode(node, true)),
        );
      }, delayMs);
    },
    { path, html, delayMs },
  );
}

beforeEach(async () => {
  session = await startExtension();
});
afterEach(async () => {
  await session.close();
});

test("in-app navigation from profile A to B never stores A's values in B's record", async () => {
  const { context } = session;
  const lena = projectFile("scripts/demo/pages/linkedin-profile-lena.html");
  const jonas = projectFile("scripts/demo/pages/linkedin-profile-jonas.html");
  await context.route("https://www.linkedin.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: lena }),
  );
  const linkedin = await context.newPage();
  await linkedin.goto(lenaUrl);
  const panel = await session.openExtensionPage("sidepanel.html");
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 15_000 }).toBe("Lena Hoffmann");

  // LinkedIn changes the address first and swaps the page content later.
  await linkedin.bringToFront();
  await navigateInApp(linkedin, jonasPath, jonas, 2500);

  await panel.bringToFront();
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 20_000 }).toBe("Jonas Weber");
  await panel.waitForTimeout(2000);
  const people = await readTable(panel, "people");
  const jonasRecord = people.find((p) => p.profileUrl === `https://www.linkedin.com${jonasPath}`);
  expect(jonasRecord?.name).toBe("Jonas Weber");
  const stored = JSON.stringify(jonasRecord);
  for (const valueOfLena of ["Lena", "Hoffmann", "Nordlicht", "Revenue Operations", "Hamburg", "Brightwave"]) {
    expect(stored, valueOfLena).not.toContain(valueOfLena);
  }
  const lenaRecord = people.find((p) => p.profileUrl === lenaUrl);
  expect(JSON.stringify(lenaRecord)).not.toContain("Jonas");
});

test("navigating in-app from the feed to a profile captures the profile", async () => {
  const { context } = session;
  const jonas = projectFile("scripts/demo/pages/linkedin-profile-jonas.html");
  await context.route("https://www.linkedin.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: "<main><h2>Feed</h2></main>" }),
  );
  const linkedin = await context.newPage();
  await linkedin.goto("https://www.linkedin.com/feed/");
  await navigateInApp(linkedin, jonasPath, jonas, 1500);
  const panel = await session.openExtensionPage("sidepanel.html");
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 20_000 }).toBe("Jonas Weber");
});
