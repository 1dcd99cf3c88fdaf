import { type FormEvent, useEffect, useState } from "react";
import { getDatabase, saveSettings } from "@/lib/db";
import { settingsSchema } from "@/lib/model";
import type { Translate } from "../use-ui-language";
import { useSettings } from "./use-queue-data";

/** How long untouched prospects are kept: shown, and editable in place. */
export function RetentionSetting({ t }: { t: Translate }) {
  const stored = useSettings()?.retentionDays;
  const [days, setDays] = useState("");
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (stored !== undefined) setDays(String(stored));
  }, [stored]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = settingsSchema.shape.retentionDays.safeParse(days.trim() ? Number(days) : Number.NaN);
    if (!parsed.success) {
      setMessage(t("invalidSetting", { error: parsed.error.issues[0]?.message ?? "" }));
      return;
    }
    try {
      await saveSettings(getDatabase(), { retentionDays: parsed.data });
      setMessage(t("saved"));
    } catch (error) {
      setMessage(t("invalidSetting", { error: error instanceof Error ? error.message : String(error) }));
    }
  };

  if (stored === undefined) return null;
  return (
    <form className="queue-retention" onSubmit={save}>
      <p className="muted">{stored > 0 ? t("queueRetentionOn", { days: String(stored) }) : t("queueRetentionOff")}</p>
      <label htmlFor="queue-retention-days">{t("queueRetentionLabel")}</label>
      <div className="row">
        <input
          id="queue-retention-days"
          type="number"
          min={0}
          max={3650}
          step={1}
          value={days}
          onChange={(event) => setDays(event.target.value)}
        />
        <button type="submit" className="secondary">
          {t("save")}
        </button>
      </div>
      <p role="status" className="muted">
        {message}
      </p>
    </form>
  );
}
