import { afterEach, beforeEach, expect, test } from "vitest";
import { readTable } from "../../scripts/corpus/read-table.mjs";
import { type ExtensionSession, projectFile, startExtension } from "./harness";

let session: ExtensionSession;
beforeEach(async () => {
  session = await startExtension();
});
afterEach(async () => {
  await session.close();
});

test("feed, search, messaging and jobs pages store nothing and raise no error on the page", async () => {
  const { context } = session;
  const profileLike = projectFile("scripts/demo/pages/linkedin-profile-lena.html");
  await context.route("https://www.linkedin.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: profileLike }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  for (const url of [
    "https://www.linkedin.com/feed/",
    "https://www.linkedin.com/search/results/people/?keywords=revops",
    "https://www.linkedin.com/messaging/thread/2-abc/",
    "https://www.linkedin.com/jobs/search/?keywords=engineer",
  ]) {
    await page.goto(url);
    await page.waitForTimeout(800);
  }
  const panel = await session.openExtensionPage("options.html");
  expect(await readTable(panel, "captures")).toEqual([]);
  expect(await readTable(panel, "people")).toEqual([]);
  expect(errors).toEqual([]);
});

test("a 10 MB profile page with broken embedded JSON is captured without breaking the page", async () => {
  const { context } = session;
  const filler = `<code style="display:none">{"broken": [</code>${"<div><span>noise</span></div>".repeat(360_000)}`;
  const html = projectFile("scripts/demo/pages/linkedin-profile-lena.html").replace("</body>", `${filler}</body>`);
  expect(html.length).toBeGreaterThan(10_000_000);
  await context.route("https://www.linkedin.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: html }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("https://www.linkedin.com/in/lena-hoffmann-demo/", { timeout: 60_000 });
  const panel = await session.openExtensionPage("sidepanel.html");
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 30_000 }).toBe("Lena Hoffmann");
  expect(errors).toEqual([]);
});
