import { useLiveQuery } from "dexie-react-hooks";
import { useMemo } from "react";
import { getDatabase, loadSettings } from "@/lib/db";
import { loadFunnelPeople } from "@/lib/db/outcomes";
import type { Settings } from "@/lib/model";
import { buildDashboard, type DashboardInput, type DashboardModel } from "./model";

export interface DashboardData {
  input: DashboardInput;
  model: DashboardModel;
  settings: Settings;
  timeZone: string;
}

interface Loaded extends DashboardInput {
  settings: Settings;
  loadedAt: number;
}

async function loadInput(): Promise<Loaded> {
  const db = getDatabase();
  // An explicit read transaction keeps Dexie's live-query cache, which deep-clones every
  // result, out of a read of 100,000 events.
  const { events, signals, settings, people } = await db.transaction(
    "r",
    [db.outreachEvents, db.signals, db.settings, db.people, db.companies],
    async () => {
      const [events, signals, settings] = await Promise.all([
        db.outreachEvents.toArray(),
        db.signals.toArray(),
        loadSettings(db),
      ]);
      const companies = [...new Set(signals.flatMap((signal) => signal.companyId ?? []))];
      return { events, signals, settings, people: await loadFunnelPeople(db, companies) };
    },
  );
  // User Timing marks (DevTools, the bench): read done → five metrics shown → funnels and tests shown.
  performance.mark("dashboard-data-loaded");
  return { events, people, signals, settings, loadedAt: Date.now() };
}

/**
 * The dashboard's data, live. The pure metrics run once per change of the data
 * (useMemo on the query result), never on a re-render, so 100,000 events stay fast.
 */
export function useDashboardData(): DashboardData | undefined {
  const loaded = useLiveQuery(loadInput, []);
  return useMemo(() => {
    if (!loaded) return undefined;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const options = { now: loaded.loadedAt, timeZone, weeklyCap: loaded.settings.weeklyCap };
    return { input: loaded, model: buildDashboard(loaded, options), settings: loaded.settings, timeZone };
  }, [loaded]);
}
