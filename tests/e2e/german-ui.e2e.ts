import { afterEach, beforeEach, expect, test } from "vitest";
import { routeDemoPages } from "../../scripts/demo/routes.mjs";
import { type ExtensionSession, startExtension } from "./harness";

let session: ExtensionSession;
beforeEach(async () => {
  session = await startExtension();
  await routeDemoPages(session.context);
});
afterEach(async () => {
  await session.close();
});

test("a user who switches Prospect Scout to German sees the side panel in German", async () => {
  const options = await session.openExtensionPage("options.html");
  await options.getByLabel("Language of Prospect Scout").selectOption("de");
  await options.getByRole("button", { name: "Save", exact: true }).first().click();
  await expect.poll(() => options.getByRole("heading", { level: 2 }).first().textContent()).toBe("Einstellungen");

  const profile = await session.context.newPage();
  await profile.goto("https://www.linkedin.com/in/jonas-weber-demo/");
  const panel = await session.openExtensionPage("sidepanel.html");
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 15_000 }).toBe("Jonas Weber");
  expect(await panel.getByRole("heading", { name: "Drei Fakten" }).count()).toBe(1);
  expect(await panel.getByRole("tab", { name: "Diese Woche" }).count()).toBe(1);
  expect(await panel.getByTestId("readiness").textContent()).toContain("Wähle drei Fakten");

  // Signals the extension worded itself are told in German too, as are the facts suggested from them.
  await profile.goto("https://www.linkedin.com/in/lena-hoffmann-demo/");
  await panel.bringToFront();
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 15_000 }).toBe("Lena Hoffmann");
  const signals = panel.getByTestId("signals");
  await expect.poll(() => signals.textContent(), { timeout: 10_000 }).toContain("Neu als Head of Revenue Operations");
  expect(await signals.textContent()).toContain("Beitrag über");
  expect(await signals.textContent()).not.toContain("Started as");
  expect(await panel.getByTestId("suggested-facts").textContent()).toContain("Neu als Head of Revenue Operations");
});
