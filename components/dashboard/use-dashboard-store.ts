import { useEffect, useState } from "react";
import { type DashboardStore, dashboardStorageKey, loadDashboardStore, parseDashboardStore } from "./store";

/** The dashboard's stored state, live: a note saved in another tab shows here too. */
export function useDashboardStore(): DashboardStore | undefined {
  const [store, setStore] = useState<DashboardStore>();
  useEffect(() => {
    let current = true;
    void loadDashboardStore().then((loaded) => current && setStore(loaded));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[dashboardStorageKey];
      if (area === "local" && change) setStore(parseDashboardStore(change.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      current = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return store;
}
