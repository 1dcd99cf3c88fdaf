import { useLiveQuery } from "dexie-react-hooks";
import { type FormEvent, useState } from "react";
import { getDatabase } from "@/lib/db";
import { type QuickOutcomeType, quickOutcomeTypes, recentlyContacted, recordOutcome } from "@/lib/db/outcomes";
import { outcomeLabels } from "../outcomes/outcome-labels";
import type { Translate } from "../use-ui-language";

/** Today as the date input wants it, on the user's wall clock. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Replies, meetings and deals as the rep sees them in the inbox: recorded here,
 * they count for the email they answer (the prospect's latest send before that day's end).
 */
export function QuickOutcome({ t }: { t: Translate }) {
  const contacted = useLiveQuery(() => recentlyContacted(getDatabase()), []);
  const [type, setType] = useState<QuickOutcomeType>("replied-positive");
  const [status, setStatus] = useState<string>();
  if (!contacted?.length) return null;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const day = String(form.get("day") || today());
    // The end of the chosen day (capped at now), so a same-day reply never lands before its email.
    const at = Math.min(Date.now(), new Date(`${day}T23:59:59`).getTime());
    const value = Number(form.get("value") || 0);
    try {
      await recordOutcome(getDatabase(), {
        personId: String(form.get("person")),
        type,
        at,
        value: type === "converted" && value > 0 ? value : undefined,
      });
      setStatus(t("saved"));
    } catch (error) {
      setStatus(t("invalidSetting", { error: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <section aria-labelledby="dash-record" className="dash-section card no-print">
      <h2 id="dash-record">{t("dashRecordOutcome")}</h2>
      <form className="dash-record" onSubmit={(event) => void submit(event)}>
        <label>
          {t("dashOutcomeProspect")}
          <select name="person">
            {contacted.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("dashOutcomeType")}
          <select value={type} onChange={(event) => setType(event.target.value as QuickOutcomeType)}>
            {quickOutcomeTypes.map((option) => (
              <option key={option} value={option}>
                {t(outcomeLabels[option])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("dashOutcomeDay")}
          <input name="day" type="date" defaultValue={today()} max={today()} />
        </label>
        {type === "converted" && (
          <label>
            {t("dashOutcomeValue")}
            <input name="value" type="number" min={0} step="any" />
          </label>
        )}
        <button type="submit">{t("dashRecord")}</button>
      </form>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
