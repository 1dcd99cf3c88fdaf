import { useLiveQuery } from "dexie-react-hooks";
import { useState } from "react";
import { copyRichText } from "@/components/clipboard";
import { openSidePanel } from "@/components/open-side-panel";
import { ProspectStatus } from "@/components/ProspectStatus";
import { ResearchSection } from "@/components/research/ResearchSection";
import { useProspect } from "@/components/use-prospect";
import { useTranslate } from "@/components/use-ui-language";
import { useWebTab } from "@/components/use-web-tab";
import { getDatabase, loadSettings } from "@/lib/db";
import { draftFirstEmail } from "@/lib/drafting/first-email";
import { defaultSettings } from "@/lib/model";

/** The popup: a first email for the prospect of the current tab, ready to copy. */
export function PopupApp() {
  const { t } = useTranslate();
  const tab = useWebTab();
  const view = useProspect(tab.url);
  const settings = useLiveQuery(() => loadSettings(getDatabase()), []) ?? defaultSettings;
  const [status, setStatus] = useState<string>();
  const draft = view.state === "person" ? draftFirstEmail(view.person, settings) : undefined;

  const copy = async () => {
    if (!draft) return;
    try {
      await copyRichText(draft.text, draft.html);
      setStatus(t("copied"));
    } catch (error) {
      setStatus(t("copyFailed", { error: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <main style={{ width: 380 }}>
      <h1>{t("appName")}</h1>
      <div className="row">
        <button type="button" className="secondary" onClick={() => void openSidePanel()}>
          {t("openSidePanel")}
        </button>
      </div>
      <ResearchSection tab={tab} t={t} />
      {view.state !== "person" && view.state !== "none" && <ProspectStatus view={view} t={t} />}
      {draft && (
        <section aria-labelledby="first-email">
          <h2 id="first-email">{t("firstEmail")}</h2>
          <p>
            <span className="muted">{t("subject")}: </span>
            <span data-testid="draft-subject">{draft.subject}</span>
          </p>
          <pre data-testid="draft-body" style={{ whiteSpace: "pre-wrap", font: "inherit" }}>
            {draft.text}
          </pre>
          <div className="row">
            <button type="button" onClick={() => void copy()}>
              {t("copy")}
            </button>
          </div>
          {status && <p role="status">{status}</p>}
        </section>
      )}
    </main>
  );
}
