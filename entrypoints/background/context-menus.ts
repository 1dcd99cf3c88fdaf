import type { ProspectDatabase } from "@/lib/db";
import type { PageToBackground } from "@/lib/messaging/protocol";
import { type RouterEffects, routeMessage } from "@/lib/messaging/router";
import { isCompanyWebsite } from "@/lib/pages";

const selectionMenuId = "add-selection-as-fact";
const researchMenuId = "research-this-site";

/** "Add selection as fact" and "Research this site" in the page's context menu. */
export function registerContextMenus(db: ProspectDatabase, effects: RouterEffects) {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: selectionMenuId,
      title: browser.i18n.getMessage("menuAddSelectionAsFact"),
      contexts: ["selection"],
    });
    browser.contextMenus.create({
      id: researchMenuId,
      title: browser.i18n.getMessage("menuResearchSite"),
      contexts: ["page"],
      documentUrlPatterns: ["https://*/*", "http://*/*"],
    });
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === selectionMenuId && info.selectionText) {
      const { panelPersonId } = await browser.storage.session.get("panelPersonId");
      const message: PageToBackground = {
        type: "fact/add-selection",
        text: info.selectionText,
        pageUrl: info.pageUrl ?? tab?.url,
        panelPersonId: typeof panelPersonId === "string" ? panelPersonId : undefined,
      };
      await routeMessage(db, message, effects);
    }
    if (info.menuItemId === researchMenuId && tab?.id !== undefined && info.pageUrl && isCompanyWebsite(info.pageUrl)) {
      // Both calls need the click's user gesture, so neither waits for the other.
      if (tab.windowId !== undefined) void browser.sidePanel.open({ windowId: tab.windowId });
      const granted = await browser.permissions.request({ origins: [`${new URL(info.pageUrl).origin}/*`] });
      if (granted) await routeMessage(db, { type: "research/start", tabId: tab.id, url: info.pageUrl }, effects);
    }
  });
}
