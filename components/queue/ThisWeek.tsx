import { useEffect, useMemo, useState } from "react";
import { weeklyQueue } from "@/lib/queue";
import type { Translate } from "../use-ui-language";
import { ListState } from "./ListState";
import { useQueueRows, useSentThisWeek, useSettings } from "./use-queue-data";
import { VirtualRows } from "./VirtualRows";
import "./queue.css";

/** The time, refreshed every minute: signal freshness and the week's start move with it. */
function useMinuteClock(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function CapLine({ sent, cap, t }: { sent?: number; cap?: number; t: Translate }) {
  if (sent === undefined || cap === undefined) return <p className="queue-cap">{"\u00a0"}</p>;
  return (
    <>
      <p className="queue-cap" data-testid="queue-cap">
        {t("queueSentThisWeek", { sent: String(sent), cap: String(cap) })}
      </p>
      {sent >= cap && (
        <p className="notice" role="status">
          {t("queueCapReached")}
        </p>
      )}
    </>
  );
}

/** The prospects ready to contact, best fit and freshest signal first, with the weekly cap. */
export function ThisWeek({ t, onOpen }: { t: Translate; onOpen(personId: string): void }) {
  const now = useMinuteClock();
  const rows = useQueueRows("ready");
  const queue = useMemo(() => (rows ? weeklyQueue(rows, now) : undefined), [rows, now]);
  const sent = useSentThisWeek(now);
  const cap = useSettings()?.weeklyCap;

  return (
    <section className="queue" role="tabpanel" aria-label={t("tabWeek")}>
      <CapLine sent={sent} cap={cap} t={t} />
      {queue && queue.length > 0 ? (
        <VirtualRows rows={queue} label={t("queueWeekLabel")} t={t} onOpen={onOpen} testId="week-list" />
      ) : (
        <ListState text={queue ? t("queueReadyEmpty") : t("queueLoading")} />
      )}
    </section>
  );
}
