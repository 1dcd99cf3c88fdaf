import { useLiveQuery } from "dexie-react-hooks";
import { type FormEvent, useState } from "react";
import { DataSection } from "@/components/data/DataSection";
import { IcpSection } from "@/components/icp/IcpSection";
import { OfferSection } from "@/components/offer/OfferSection";
import { useTranslate } from "@/components/use-ui-language";
import { getDatabase, loadSettings, saveSettings } from "@/lib/db";
import type { Settings } from "@/lib/model";

/** The options page: the sender's settings, validated before they are stored. */
export function OptionsApp() {
  const { t } = useTranslate();
  const settings = useLiveQuery(() => loadSettings(getDatabase()), []);
  return (
    <main style={{ maxWidth: 560 }}>
      <h1>{t("settings")}</h1>
      {settings && <SettingsForm key={settings.senderName + settings.weeklyCap} settings={settings} t={t} />}
      <IcpSection t={t} />
      <OfferSection t={t} />
      <DataSection />
    </main>
  );
}

function SettingsForm({ settings, t }: { settings: Settings; t: ReturnType<typeof useTranslate>["t"] }) {
  const [status, setStatus] = useState<string>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await saveSettings(getDatabase(), {
        senderName: String(form.get("senderName") ?? ""),
        signature: String(form.get("signature") ?? ""),
        defaultLanguage: form.get("defaultLanguage") === "de" ? "de" : "en",
        formality: form.get("formality") === "du" ? "du" : "sie",
        weeklyCap: Number(form.get("weeklyCap")),
        uiLanguage: settings.uiLanguage,
      });
      setStatus(t("saved"));
    } catch (error) {
      setStatus(t("invalidSetting", { error: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <label htmlFor="senderName">{t("senderName")}</label>
      <input id="senderName" name="senderName" defaultValue={settings.senderName} />
      <label htmlFor="signature">{t("signature")}</label>
      <textarea id="signature" name="signature" rows={3} defaultValue={settings.signature} />
      <label htmlFor="defaultLanguage">{t("language")}</label>
      <select id="defaultLanguage" name="defaultLanguage" defaultValue={settings.defaultLanguage}>
        <option value="en">English</option>
        <option value="de">Deutsch</option>
      </select>
      <label htmlFor="formality">{t("formality")}</label>
      <select id="formality" name="formality" defaultValue={settings.formality}>
        <option value="sie">Sie</option>
        <option value="du">Du</option>
      </select>
      <label htmlFor="weeklyCap">{t("weeklyCap")}</label>
      <input id="weeklyCap" name="weeklyCap" type="number" min={1} max={1000} defaultValue={settings.weeklyCap} />
      <div className="row">
        <button type="submit">{t("save")}</button>
      </div>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
