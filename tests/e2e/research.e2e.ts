import type { Page } from "playwright-core";
import { afterEach, expect, test } from "vitest";
import { readTable } from "../../scripts/corpus/read-table.mjs";
import { demoResponse, routeDemoPages } from "../../scripts/demo/routes.mjs";
import { startSiteServer } from "../../scripts/lib/site-server.mjs";
import { type ExtensionSession, startExtension } from "./harness";

const site = "https://www.nordlicht-analytics.example/";
// A company whose careers page only links to its job board on another site.
const kranich = "https://www.kranich-robotik.example/";
// Its board on Greenhouse, as the list of researched pages names it.
const boardEntry = "boards.greenhouse.io/kranichrobotik";
let session: ExtensionSession | undefined;
let server: Awaited<ReturnType<typeof startSiteServer>> | undefined;

/** The extension with `grantedHosts` already allowed, the demo sites (or `respond`'s pages) served at `hosts`. */
async function launch(hosts: string[], grantedHosts: string[], respond = demoResponse): Promise<ExtensionSession> {
  server = await startSiteServer(hosts, respond);
  session = await startExtension({ grantedHosts, args: server.browserArgs });
  await routeDemoPages(session.context);
  return session;
}

/** Opens `url`, researches it from the side panel and waits until the research finished. */
async function research(current: ExtensionSession, url: string): Promise<Page> {
  const page = await current.context.newPage();
  await page.goto(url);
  const panel = await current.openExtensionPage("sidepanel.html");
  await panel.getByRole("button", { name: "Research this site" }).click();
  const status = panel.getByTestId("research-progress").getByRole("status");
  await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain("finished");
  return panel;
}

/** The value of one detail of the findings ("Pricing", "Tech stack"), spaces as spaces. */
async function detail(panel: Page, label: string): Promise<string | undefined> {
  const value = panel
    .getByTestId("site-findings")
    .locator("dt", { hasText: label })
    .locator("xpath=following-sibling::dd[1]");
  return (await value.textContent())?.replaceAll("\u00a0", " ");
}

/** Every page of the research with its text and state. */
function pageStates(panel: Page) {
  return panel
    .getByTestId("research-progress")
    .locator("li")
    .evaluateAll((items) =>
      items.map((item) => ({ text: item.textContent ?? "", state: item.getAttribute("data-state") })),
    );
}

afterEach(async () => {
  await session?.close();
  await server?.close();
  session = undefined;
  server = undefined;
});

test("researching a company website reads its key pages and shows Impressum, people, tech stack, jobs and signals", async () => {
  const panel = await research(await launch(["www.nordlicht-analytics.example"], [`${site}*`]), site);
  const findings = panel.getByTestId("site-findings");
  const text = (await findings.textContent()) ?? "";
  expect(text).toContain("Nordlicht Analytics GmbH");
  expect(text).toContain("Clara Jensen");
  expect(text).toContain("HRB 171234");
  expect(text).toContain("DE298765432");
  // From the markup (a page builder, a consent manager holding back a marketing script) and the response headers (a CDN).
  expect((await detail(panel, "Tech stack"))?.split(", ").sort()).toEqual([
    "Cloudflare",
    "HubSpot",
    "Usercentrics",
    "Webflow",
  ]);
  expect(await detail(panel, "Pricing")).toBe(
    "Team €39/user/month · Starter €490/month · Growth €1,290/month · Enterprise on request · free trial",
  );
  expect(await detail(panel, "Named customers")).toBe(
    "Kranich Robotik, Möwe Logistik, Seeadler Software, Hafenblick Wohnbau",
  );
  expect(await detail(panel, "Locations")).toBe("Hamburg, Wien");
  expect(await detail(panel, "Employees")).toBe("über 140 Mitarbeitende");
  expect(await findings.getByRole("link", { name: "Company page on LinkedIn" }).getAttribute("href")).toBe(
    "https://www.linkedin.com/company/nordlicht-analytics/",
  );
  // The company record keeps the customers the site names: a fact to pick for this company's prospects.
  const [company] = await readTable(panel, "companies");
  expect(company?.customers).toEqual(["Kranich Robotik", "Möwe Logistik", "Seeadler Software", "Hafenblick Wohnbau"]);
  const post = panel.getByTestId("site-posts").getByRole("listitem").first();
  expect(await post.textContent()).toBe(
    "9 Sept 2026 Nordlicht Analytics sammelt 12 Mio. € in Series-A-Finanzierungsrunde ein",
  );
  expect(await post.getByRole("link").getAttribute("href")).toBe(`${site}presse/series-a`);
  expect(await panel.getByTestId("site-people").textContent()).toContain("Malte Brodersen");
  expect(await panel.getByTestId("site-jobs").textContent()).toContain("Senior Backend Engineer");
  const signals = panel.getByTestId("site-signals");
  expect(await signals.textContent()).toMatch(/12/);
  // The careers page's open roles are the hiring signal; its headings are not signals of their own.
  expect(await signals.textContent()).toContain("Hiring: 3 open roles");
  expect(await signals.textContent()).not.toContain("Offene Stellen");
  // Each signal says what kind it is; a sentence quoted as it stands shows once.
  const expansion = signals.locator("li").filter({ hasText: "Markteintritt in der Schweiz" });
  expect(await expansion.locator(".tag").textContent()).toBe("New market");
  expect((await expansion.textContent())?.split("Markteintritt in der Schweiz")).toHaveLength(2);
  // A round told with its date is not dated a second time.
  // The home page's news: a launch told in German prose.
  const productLaunch = signals.locator("li").filter({ hasText: "Forecast 3.0 mit Szenarioplanung vorgestellt" });
  expect(await productLaunch.locator(".tag").textContent()).toBe("Product launch");
  const round = (await signals.locator("li").filter({ hasText: "Series A" }).first().textContent()) ?? "";
  expect(round).toContain("Raised €12M (Series A) on 9 September 2026, led by Elbe Ventures, with Alster Capital");
  expect(round).not.toContain("(2026-09-09)");
  expect(await signals.getByRole("link").first().getAttribute("href")).toMatch(
    /^https:\/\/www\.nordlicht-analytics\.example\//,
  );

  // Every page has a final state; robots.txt and link traps were respected.
  const states = await pageStates(panel);
  expect(states.length).toBeGreaterThanOrEqual(5);
  expect(states.length).toBeLessThanOrEqual(10);
  expect(states.every((s) => s.state === "done" || s.state === "skipped" || s.state === "failed")).toBe(true);
  expect(states.some((s) => s.text.includes("/kalender/"))).toBe(false);
  const intern = states.find((s) => s.text.includes("/intern/"));
  if (intern) expect(intern.text).toContain("robots.txt");
});

test("research started on a press release reads the home page too, and the key pages its links name", async () => {
  const panel = await research(
    await launch(["www.nordlicht-analytics.example"], [`${site}*`]),
    `${site}presse/series-a`,
  );
  const states = await pageStates(panel);
  expect(states[1]).toEqual({ text: "home www.nordlicht-analytics.example/ — read", state: "done" });
  expect(states.filter((s) => s.text.includes("/impressum") || s.text.includes("/karriere"))).toHaveLength(2);
  // The home page's news and headline are found only there.
  const signals = panel.getByTestId("site-signals");
  expect(await signals.textContent()).toContain("Forecast 3.0 mit Szenarioplanung vorgestellt");
  expect(await panel.getByTestId("site-findings").textContent()).toContain("HRB 171234");
});

test("a round that LinkedIn's funding card and the company's press release both tell is one signal, with its investors", async () => {
  const current = await launch(["www.nordlicht-analytics.example"], [`${site}*`]);
  const linkedin = await current.context.newPage();
  await linkedin.goto("https://www.linkedin.com/company/nordlicht-analytics/");
  const panel = await research(current, site);
  const signals = panel.getByTestId("signals");
  await expect.poll(() => signals.textContent(), { timeout: 10_000 }).toContain("Elbe Ventures");
  const funding = (await signals.locator("li").allTextContents()).filter((item) => item.includes("Funding"));
  expect(funding).toHaveLength(1);
});

test("a key page that the site's robots.txt disallows is not fetched, and the list says why", async () => {
  const robots = `${site}robots.txt`;
  const respond = (address: string) =>
    address === robots
      ? {
          status: 200,
          contentType: "text/plain; charset=utf-8",
          body: Buffer.from("User-agent: *\nDisallow: /preise\n"),
        }
      : demoResponse(address);
  const panel = await research(await launch(["www.nordlicht-analytics.example"], [`${site}*`], respond), site);
  const states = await pageStates(panel);
  const pricing = states.find((s) => s.text.includes("/preise"));
  expect(pricing?.state).toBe("skipped");
  expect(pricing?.text).toContain("disallowed by the site's robots.txt");
  expect(states.find((s) => s.text.includes("/karriere"))?.state).toBe("done");
  expect(await panel.getByTestId("site-findings").locator("dt", { hasText: "Pricing" }).count()).toBe(0);
});

/** Researches `company` with it and the board's host allowed: the jobs shown, every page's state, the panel. */
async function researchWithBoard(company: string, boardHost: string) {
  const current = await launch([new URL(company).host, boardHost], [`${company}*`, `https://${boardHost}/*`]);
  const panel = await research(current, company);
  return { panel, jobs: (await panel.getByTestId("site-jobs").textContent()) ?? "", states: await pageStates(panel) };
}

test("a job board on another site that the user allowed is read, and its jobs show in the findings", async () => {
  const { panel, jobs, states } = await researchWithBoard(kranich, "boards.greenhouse.io");
  expect(jobs).toContain("Embedded Software Engineer (m/w/d) · Robotics Engineering · Bremen, Germany");
  expect(jobs).toContain("Robot Vision Engineer (m/w/d)");
  expect(jobs).toContain("Servicetechniker Robotik (m/w/d) · Field Service · Linz, Austria");
  expect(states.find((s) => s.text.includes(boardEntry))?.state).toBe("done");
  // The board's single job ads are not fetched one by one: its list has them all.
  expect(states.some((s) => s.text.includes("/jobs/82000"))).toBe(false);
  expect(await panel.getByTestId("job-board-access").count()).toBe(0);
});

test("a board embedded from Ashby, which renders in the browser, is found and its jobs are read", async () => {
  const { jobs, states } = await researchWithBoard("https://www.moewe-logistik.example/", "jobs.ashbyhq.com");
  expect(jobs).toContain("Disponent*in Kurierdienst · Operations · Kiel");
  expect(jobs).toContain("Senior Backend Engineer (Routing) · Produktentwicklung · Lübeck");
  expect(states.find((s) => s.text.includes("jobs.ashbyhq.com/moewelogistik"))?.state).toBe("done");
});

test("a Workable board, whose page holds no openings, is read from its feed of openings", async () => {
  const { jobs, states } = await researchWithBoard("https://www.seeadler-software.example/", "apply.workable.com");
  expect(jobs).toContain("Senior Backend Engineer (Scheduling) · Engineering · Rostock, Germany");
  expect(jobs).toContain("Customer Success Manager (Nordics) · Customer Success · Remote");
  expect(states.find((s) => s.text.includes("apply.workable.com/seeadler-software"))?.state).toBe("done");
});

test("a job board the user has not allowed yet is listed with the reason and offered in one click", async () => {
  const panel = await research(await launch(["www.kranich-robotik.example"], [`${kranich}*`]), kranich);
  const states = await pageStates(panel);
  const listed = states.find((s) => s.text.includes(boardEntry));
  expect(listed?.state).toBe("skipped");
  expect(listed?.text).toContain("not read, because Prospect Scout may not access it yet");
  expect(await panel.getByTestId("site-jobs").count()).toBe(0);
  const allow = panel.getByRole("button", { name: "Allow boards.greenhouse.io and read the jobs there" });
  expect(await allow.isVisible()).toBe(true);

  // Declined: a clear message, no new research.
  await answerPermissionPrompts(panel, false);
  await allow.click();
  await expect
    .poll(() => panel.getByRole("alert").textContent())
    .toBe("Access to boards.greenhouse.io was not allowed, so the jobs there were not read.");
  expect(await readTable(panel, "researchRuns")).toHaveLength(1);

  // Allowed: exactly the board and the site were asked for, and the research runs again.
  await answerPermissionPrompts(panel, true);
  await allow.click();
  await expect.poll(async () => (await readTable(panel, "researchRuns")).length).toBe(2);
  const asked = await panel.evaluate(() => (globalThis as { askedOrigins?: unknown }).askedOrigins);
  expect(asked).toEqual([
    [`${kranich}*`, "https://boards.greenhouse.io/*"],
    [`${kranich}*`, "https://boards.greenhouse.io/*"],
  ]);
});

/**
 * Chrome's permission prompt cannot be answered by automation: the panel's request is
 * answered with `granted` instead, and what it asked for is kept in `askedOrigins`.
 */
async function answerPermissionPrompts(panel: Page, granted: boolean): Promise<void> {
  await panel.evaluate((answer) => {
    const scope = globalThis as { askedOrigins?: unknown[] };
    scope.askedOrigins ??= [];
    Object.defineProperty(chrome.permissions, "request", {
      configurable: true,
      value: async (request: chrome.permissions.Permissions) => {
        scope.askedOrigins?.push(request.origins);
        return answer;
      },
    });
  }, granted);
}
