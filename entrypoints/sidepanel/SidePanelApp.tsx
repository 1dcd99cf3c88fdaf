import { PersonCard } from "@/components/PersonCard";
import { ProspectStatus } from "@/components/ProspectStatus";
import { ResearchSection } from "@/components/research/ResearchSection";
import { useProspect } from "@/components/use-prospect";
import { useTranslate } from "@/components/use-ui-language";
import { useWebTab } from "@/components/use-web-tab";

/** The side panel: the prospect of the tab the user is looking at, updated live. */
export function SidePanelApp() {
  const { t } = useTranslate();
  const tab = useWebTab();
  const view = useProspect(tab.url);
  return (
    <main>
      <h1>{t("appName")}</h1>
      <ResearchSection tab={tab} t={t} />
      {view.state === "person" ? (
        <PersonCard person={view.person} company={view.company} t={t} />
      ) : (
        <ProspectStatus view={view} t={t} />
      )}
    </main>
  );
}
