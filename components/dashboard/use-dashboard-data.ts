import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useMemo, useRef } from "react";
import { emailLogMatches, getDatabase, loadSettings, readEmailLog, rebuildEmailLog } from "@/lib/db";
import type { EmailLogReading } from "@/lib/db/email-log";
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

type Load = { state: "loaded"; loaded: Loaded; log: EmailLogReading } | { state: "stale" };

async function loadInput(): Promise<Load> {
  const db = getDatabase();
  // The email log holds the attributed emails by day: a few hundred small rows, not every event.
  const read = await db.transaction(
    "r",
    [db.outreachEvents, db.emailLog, db.signals, db.settings, db.people, db.companies],
    async () => {
      // All reads at once: the database works on one while the page decodes another.
      const signalsAndPeople = db.signals.toArray().then(async (signals) => {
        const companies = [...new Set(signals.flatMap((signal) => signal.companyId ?? []))];
        return { signals, people: await loadFunnelPeople(db, companies) };
      });
      const [log, { signals, people }, settings] = await Promise.all([
        readEmailLog(db),
        signalsAndPeople,
        loadSettings(db),
      ]);
      if (log.state === "stale") return undefined;
      return { log, loaded: { emails: log.emails, unattributed: log.unattributed, signals, settings, people } };
    },
  );
  if (!read) return { state: "stale" };
  // User Timing marks (DevTools, the bench): read done → five metrics shown → funnels and tests shown.
  performance.mark("dashboard-data-loaded");
  return { state: "loaded", log: read.log, loaded: { ...read.loaded, loadedAt: Date.now() } };
}

/**
 * The dashboard's data, live. The pure metrics run once per change of the data
 * (useMemo on the query result), never on a re-render. When the email log does not
 * match the events (first open after an update, events written around it), it is
 * rebuilt once and the query runs again by itself; whether a built log still matches
 * is checked once its figures are on screen.
 */
export function useDashboardData(): { data?: DashboardData; updating: boolean } {
  const load = useLiveQuery(loadInput, []);
  const stale = load?.state === "stale";
  useEffect(() => {
    if (stale) void rebuildEmailLog(getDatabase());
  }, [stale]);
  // Writes through the app keep the log in step, so one count per open of the page is enough.
  const checked = useRef(false);
  useEffect(() => {
    if (load?.state !== "loaded" || checked.current) return;
    checked.current = true;
    const db = getDatabase();
    void emailLogMatches(db, load.log).then((matches) => (matches ? undefined : rebuildEmailLog(db)));
  }, [load]);
  const data = useMemo(() => {
    if (load?.state !== "loaded") return undefined;
    const { loaded } = load;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const options = { now: loaded.loadedAt, timeZone, weeklyCap: loaded.settings.weeklyCap };
    return { input: loaded, model: buildDashboard(loaded, options), settings: loaded.settings, timeZone };
  }, [load]);
  return { data, updating: stale };
}
