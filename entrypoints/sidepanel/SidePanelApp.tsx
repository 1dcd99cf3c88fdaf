import { useEffect, useState } from "react";
import { ProspectStatus } from "@/components/ProspectStatus";
import { CompanyView } from "@/components/prospect/CompanyView";
import { ProspectView } from "@/components/prospect/ProspectView";
import { ProspectList } from "@/components/queue/ProspectList";
import { ThisWeek } from "@/components/queue/ThisWeek";
import { ResearchSection } from "@/components/research/ResearchSection";
import { TabBar } from "@/components/TabBar";
import { useDateFormat } from "@/components/use-date-format";
import { useProspect } from "@/components/use-prospect";
import { useTranslate } from "@/components/use-ui-language";
import { useWebTab } from "@/components/use-web-tab";

type Tab = "prospect" | "week" | "all";

/** The side panel: the prospect of the tab the user is looking at (or one opened from a list), the week's queue and all prospects. */
export function SidePanelApp() {
  const { t, language } = useTranslate();
  const formatDate = useDateFormat(language);
  const tab = useWebTab();
  const [current, setCurrent] = useState<Tab>("prospect");
  const [openedId, setOpenedId] = useState<string>();
  const view = useProspect(tab.url, openedId);
  const shownPersonId = view.state === "person" ? view.person.id : undefined;
  useEffect(() => {
    // "Add selection as fact" on a page that is no prospect goes to the person shown here.
    void browser.storage.session.set({ panelPersonId: shownPersonId ?? null });
  }, [shownPersonId]);
  const open = (personId: string) => {
    setOpenedId(personId);
    setCurrent("prospect");
  };
  return (
    <main>
      <header className="panel-header">
        <h1>{t("appName")}</h1>
        <a href={browser.runtime.getURL("/dashboard.html")} target="_blank" rel="noreferrer">
          {t("dashboard")}
        </a>
      </header>
      <TabBar<Tab>
        label={t("appName")}
        current={current}
        onSelect={setCurrent}
        tabs={[
          { id: "prospect", label: t("tabProspect") },
          { id: "week", label: t("tabWeek") },
          { id: "all", label: t("tabAll") },
        ]}
      />
      {current === "week" && <ThisWeek t={t} onOpen={open} />}
      {current === "all" && <ProspectList t={t} onOpen={open} />}
      {current === "prospect" && (
        <div role="tabpanel">
          {openedId && (
            <button type="button" className="link" onClick={() => setOpenedId(undefined)}>
              {t("backToTab")}
            </button>
          )}
          {!openedId && <ResearchSection tab={tab} language={language} t={t} />}
          {view.state === "person" && (
            <ProspectView
              person={view.person}
              company={view.company}
              capture={view.capture}
              formatDate={formatDate}
              language={language}
              t={t}
            />
          )}
          {view.state === "company" && (
            <CompanyView company={view.company} formatDate={formatDate} language={language} onOpen={open} t={t} />
          )}
          {view.state !== "person" && view.state !== "company" && <ProspectStatus view={view} t={t} />}
        </div>
      )}
    </main>
  );
}
