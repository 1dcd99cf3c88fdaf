import { useEffect, useState } from "react";
import { pickWebTab } from "@/lib/prospects/active-tab";

export interface WebTab {
  id?: number;
  url?: string;
}

/** The web page the user is looking at (its tab id and address), kept current as tabs change. */
export function useWebTab(): WebTab {
  const [tab, setTab] = useState<WebTab>({});
  useEffect(() => {
    let cancelled = false;
    const refresh = async () => {
      const tabs = await browser.tabs.query({ lastFocusedWindow: true });
      const picked = pickWebTab(tabs);
      if (!cancelled)
        setTab((old) =>
          old.id === picked?.id && old.url === picked?.url ? old : { id: picked?.id, url: picked?.url },
        );
    };
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
      if (change.url || change.status === "complete") void refresh();
    };
    void refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows.onFocusChanged.addListener(refresh);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows.onFocusChanged.removeListener(refresh);
    };
  }, []);
  return tab;
}
