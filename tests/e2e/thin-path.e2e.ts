import { afterEach, beforeEach, expect, test } from "vitest";
import { type ExtensionSession, projectFile, servePage, startExtension } from "./harness";

const profileUrl = "https://www.linkedin.com/in/lena-hoffmann-demo/";
let session: ExtensionSession;

beforeEach(async () => {
  session = await startExtension();
  await session.context.grantPermissions(["clipboard-read", "clipboard-write"]);
});
afterEach(async () => {
  await session.close();
});

test("a LinkedIn profile is captured, shown in the side panel, drafted in the popup and copied", async () => {
  const { context } = session;
  await servePage(context, "https://www.linkedin.com/**", projectFile("scripts/demo/pages/linkedin-profile-lena.html"));
  const linkedin = await context.newPage();
  await linkedin.goto(profileUrl);

  const panel = await session.openExtensionPage("sidepanel.html");
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 15_000 }).toBe("Lena Hoffmann");
  expect(await panel.getByTestId("person-headline").textContent()).toContain("Head of Revenue Operations");

  const popup = await session.openExtensionPage("popup.html");
  const firstEmail = popup.getByTestId("email-attention");
  const body = firstEmail.getByTestId("draft-body");
  await expect.poll(() => body.inputValue(), { timeout: 10_000 }).toContain("Lena");
  const shownBody = await body.inputValue();
  // A bare capture has no facts or score yet, so sending needs a stated reason (drafting.e2e.ts covers the gates).
  await popup.getByLabel("Reason to send anyway").fill("Thin-path demo");
  await popup.getByRole("button", { name: "Send anyway" }).click();
  await firstEmail.getByRole("button", { name: "Copy email" }).click();
  await expect.poll(() => firstEmail.getByRole("status").textContent()).toBe("Copied to the clipboard.");

  const clipboard = await popup.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return { text: "", html: "" };
    const text = await (await item.getType("text/plain")).text();
    const html = await (await item.getType("text/html")).text();
    return { text, html };
  });
  expect(clipboard.text).toBe(shownBody);
  expect(clipboard.html).toContain("Lena");
});

test("the side panel follows the page live: a second visit updates the shown headline", async () => {
  const { context } = session;
  const page = projectFile("scripts/demo/pages/linkedin-profile-lena.html");
  let html = page;
  await context.route("https://www.linkedin.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: html }),
  );
  const linkedin = await context.newPage();
  await linkedin.goto(profileUrl);
  const panel = await session.openExtensionPage("sidepanel.html");
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 15_000 }).toBe("Lena Hoffmann");

  html = page.replace("Head of Revenue Operations at Nordlicht", "VP Revenue at Nordlicht");
  await linkedin.reload();
  await expect
    .poll(() => panel.getByTestId("person-headline").textContent(), { timeout: 15_000 })
    .toContain("VP Revenue");
});

test("a profile without a recognisable name stores nothing and the side panel says what was missing", async () => {
  const { context } = session;
  await servePage(
    context,
    "https://www.linkedin.com/**",
    "<!doctype html><html><body><main><p>Nothing here</p></main></body></html>",
  );
  const linkedin = await context.newPage();
  await linkedin.goto("https://www.linkedin.com/in/nobody-demo/");
  const panel = await session.openExtensionPage("sidepanel.html");
  await expect.poll(() => panel.getByRole("status").textContent(), { timeout: 15_000 }).toContain("name");
  expect(await panel.getByTestId("person-name").count()).toBe(0);
});

test("a hostile name is stored and shown as literal text", async () => {
  const { context } = session;
  const hostile = "<img src=x onerror=alert(1)>";
  const escaped = hostile.replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const html = projectFile("scripts/demo/pages/linkedin-profile-lena.html").replace(
    ">Lena Hoffmann</h1>",
    `>${escaped}</h1>`,
  );
  await servePage(context, "https://www.linkedin.com/**", html);
  const linkedin = await context.newPage();
  await linkedin.goto(profileUrl);
  const panel = await session.openExtensionPage("sidepanel.html");
  let dialogs = 0;
  panel.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await expect.poll(() => panel.getByTestId("person-name").textContent(), { timeout: 15_000 }).toBe(hostile);
  expect(await panel.locator("img").count()).toBe(0);
  expect(dialogs).toBe(0);
});
