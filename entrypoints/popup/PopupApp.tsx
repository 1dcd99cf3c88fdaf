import { Composer } from "@/components/drafting/Composer";
import { openSidePanel } from "@/components/open-side-panel";
import { PersonCard } from "@/components/PersonCard";
import { ProspectStatus } from "@/components/ProspectStatus";
import { ResearchSection } from "@/components/research/ResearchSection";
import { useTranslate } from "@/components/use-ui-language";
import { useWebTab } from "@/components/use-web-tab";
import { usePopupProspect } from "./use-popup-prospect";

/** The popup: the four-email sequence for the prospect of the current tab, ready to hand off. */
export function PopupApp() {
  const { language, t } = useTranslate();
  const tab = useWebTab();
  const view = usePopupProspect(tab.url);
  return (
    <main style={{ width: 420 }}>
      <h1>{t("appName")}</h1>
      <div className="row">
        <button type="button" className="secondary" onClick={() => void openSidePanel()}>
          {t("openSidePanel")}
        </button>
      </div>
      <ResearchSection tab={tab} language={language} t={t} />
      {view.state === "person" && (
        <>
          <PersonCard person={view.person} company={view.company} t={t} />
          <Composer key={view.person.id} person={view.person} company={view.company} lang={language} t={t} />
        </>
      )}
      {view.state !== "person" && view.state !== "company" && view.state !== "none" && (
        <ProspectStatus view={view} t={t} />
      )}
    </main>
  );
}
