import { useEffect, useState } from "react";
import { pickWebTab } from "@/lib/prospects/active-tab";

/** The address of the web page the user is looking at, kept current as tabs change. */
export function useWebTabUrl(): string | undefined {
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    let cancelled = false;
    const refresh = async () => {
      const tabs = await browser.tabs.query({ lastFocusedWindow: true });
      if (!cancelled) setUrl(pickWebTab(tabs)?.url);
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
  return url;
}
