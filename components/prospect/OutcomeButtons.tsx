import { useLiveQuery } from "dexie-react-hooks";
import { useState } from "react";
import { getDatabase } from "@/lib/db";
import { type QuickOutcomeType, quickOutcomeTypes, recordOutcome } from "@/lib/db/outcomes";
import type { Person } from "@/lib/model";
import { outcomeLabels } from "../outcomes/outcome-labels";
import type { Translate } from "../use-ui-language";

interface Props {
  person: Person;
  formatDate(time: number): string;
  t: Translate;
}

const quickTypes = new Set<string>(quickOutcomeTypes);
const isQuickOutcome = (type: string): type is QuickOutcomeType => quickTypes.has(type);

/**
 * Quick outcome buttons for the prospect on screen: a reply, a meeting or a deal is one
 * click, recorded now and counted for the email it answers (the latest send before it).
 */
export function OutcomeButtons({ person, formatDate, t }: Props) {
  const events = useLiveQuery(
    () => getDatabase().outreachEvents.where("personId").equals(person.id).sortBy("at"),
    [person.id],
  );
  const [value, setValue] = useState("");
  const [status, setStatus] = useState<string>();
  if (!events) return null;
  const sent = events.some((event) => event.type === "sent");
  const history = events
    .flatMap(({ id, type, at, value }) => (isQuickOutcome(type) ? [{ id, type, at, value }] : []))
    .reverse();

  const record = async (type: QuickOutcomeType) => {
    const amount = Number(value.replace(",", "."));
    try {
      await recordOutcome(getDatabase(), {
        personId: person.id,
        type,
        at: Date.now(),
        value: type === "converted" && amount > 0 ? amount : undefined,
      });
      setStatus(t("outcomesRecorded", { outcome: t(outcomeLabels[type]) }));
    } catch (error) {
      setStatus(t("invalidSetting", { error: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <section className="card" aria-labelledby="outcomes-heading" data-testid="outcomes">
      <h2 id="outcomes-heading">{t("outcomesHeading")}</h2>
      {!sent ? (
        <p className="muted">{t("outcomesNothingSent")}</p>
      ) : (
        <>
          <p className="muted">{t("outcomesIntro")}</p>
          <div className="row">
            {quickOutcomeTypes.map((type) => (
              <button key={type} type="button" onClick={() => void record(type)}>
                {t(outcomeLabels[type])}
              </button>
            ))}
          </div>
          <label>
            {t("outcomesDealValue")}
            <input type="number" min={0} step="any" value={value} onChange={(event) => setValue(event.target.value)} />
          </label>
          {status && <p role="status">{status}</p>}
          {history.length > 0 && (
            <>
              <h3>{t("outcomesHistory")}</h3>
              <ul>
                {history.map((event) => (
                  <li key={event.id}>
                    <time dateTime={new Date(event.at).toISOString()}>{formatDate(event.at)}</time>{" "}
                    {t(outcomeLabels[event.type])}
                    {event.value ? ` (${event.value})` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
