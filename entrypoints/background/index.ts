import { getDatabase, loadSettings } from "@/lib/db";
import { routeMessage } from "@/lib/messaging/router";
import { badgeForUrl } from "@/lib/prospects/badge";
import { applyRetention } from "@/lib/prospects/retention";
import { registerContextMenus } from "./context-menus";
import { registerReminders } from "./reminders";
import { researchEffects } from "./research";

const retentionAlarm = "retention";

export default defineBackground(() => {
  const db = getDatabase();
  const research = researchEffects(db);
  registerReminders(db);

  const refreshBadge = async () => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return;
    const badge = await badgeForUrl(db, tab.url);
    await browser.action.setBadgeText({ tabId: tab.id, text: badge.text });
    await browser.action.setTitle({ tabId: tab.id, title: badge.title || browser.i18n.getMessage("extName") });
  };

  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    routeMessage(db, raw, { refreshBadge, ...research }).then(sendResponse);
    return true;
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.alarms.create(retentionAlarm, { periodInMinutes: 24 * 60 });
  });
  registerContextMenus(db, { refreshBadge, ...research });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== retentionAlarm) return;
    const settings = await loadSettings(db);
    await applyRetention(db, settings.retentionDays);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === "open-side-panel" && tab?.windowId !== undefined) {
      await browser.sidePanel.open({ windowId: tab.windowId });
    }
  });

  browser.tabs.onActivated.addListener(() => void refreshBadge());
  browser.tabs.onUpdated.addListener((_id, change) => {
    if (change.url || change.status === "complete") void refreshBadge();
  });
});
