import { DataSection } from "@/components/data/DataSection";
import { IcpSection } from "@/components/icp/IcpSection";
import { OfferSection } from "@/components/offer/OfferSection";
import { SettingsSection } from "@/components/settings/SettingsSection";
import { useTranslate } from "@/components/use-ui-language";

/** The options page: settings, the ICPs, the offer, and the user's data. */
export function OptionsApp() {
  const { t } = useTranslate();
  return (
    <main style={{ maxWidth: 720 }}>
      <h1>{t("appName")}</h1>
      <SettingsSection t={t} />
      <IcpSection t={t} />
      <OfferSection t={t} />
      <DataSection />
    </main>
  );
}
