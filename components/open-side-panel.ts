/** Opens the side panel in the current window; must run in a user gesture. */
export async function openSidePanel(): Promise<void> {
  const window = await browser.windows.getCurrent();
  if (window.id !== undefined) await browser.sidePanel.open({ windowId: window.id });
}
