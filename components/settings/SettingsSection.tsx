import { useLiveQuery } from "dexie-react-hooks";
import { type FormEvent, useState } from "react";
import { getDatabase, loadSettings, saveSettings } from "@/lib/db";
import type { Settings } from "@/lib/model";
import type { Translate } from "../use-ui-language";

/** The sender's settings, validated before they are stored. */
export function SettingsSection({ t }: { t: Translate }) {
  const settings = useLiveQuery(() => loadSettings(getDatabase()), []);
  if (!settings) return null;
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t("settings")}</h2>
      <SettingsForm key={JSON.stringify(settings)} settings={settings} t={t} />
    </section>
  );
}

function choice<T extends string>(value: FormDataEntryValue | null, options: readonly T[], fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

function SettingsForm({ settings, t }: { settings: Settings; t: Translate }) {
  const [status, setStatus] = useState<string>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await saveSettings(getDatabase(), {
        uiLanguage: choice(form.get("uiLanguage"), ["auto", "en", "de"] as const, "auto"),
        weeklyCap: Number(form.get("weeklyCap")),
        contactCooldownDays: Number(form.get("contactCooldownDays")),
      });
      setStatus(t("saved"));
    } catch (error) {
      setStatus(t("invalidSetting", { error: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <label htmlFor="uiLanguage">{t("uiLanguage")}</label>
      <select id="uiLanguage" name="uiLanguage" defaultValue={settings.uiLanguage}>
        <option value="auto">{t("uiLanguageAuto")}</option>
        <option value="en">English</option>
        <option value="de">Deutsch</option>
      </select>
      <label htmlFor="weeklyCap">{t("weeklyCap")}</label>
      <input id="weeklyCap" name="weeklyCap" type="number" min={1} max={1000} defaultValue={settings.weeklyCap} />
      <label htmlFor="contactCooldownDays">{t("cooldownDays")}</label>
      <input
        id="contactCooldownDays"
        name="contactCooldownDays"
        type="number"
        min={0}
        max={365}
        defaultValue={settings.contactCooldownDays}
      />
      <div className="row">
        <button type="submit">{t("save")}</button>
      </div>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
