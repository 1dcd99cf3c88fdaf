import { useLiveQuery } from "dexie-react-hooks";
import { useState } from "react";
import { boardOriginsAwaitingAccess } from "@/lib/crawl/board-access";
import { originPattern } from "@/lib/crawl/host-permissions";
import { getDatabase } from "@/lib/db";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { PageToBackground } from "@/lib/messaging/protocol";
import { replySchema } from "@/lib/messaging/protocol";
import { isCompanyWebsite } from "@/lib/pages";
import { registrableDomain } from "@/lib/research/domain";
import type { Translate } from "../use-ui-language";
import type { WebTab } from "../use-web-tab";
import { JobBoardAccess } from "./JobBoardAccess";
import { ResearchProgress } from "./ResearchProgress";
import { SiteFindings } from "./SiteFindings";

/** "Research this site" for the company website on the tab: permission, progress, findings. */
export function ResearchSection({ tab, language, t }: { tab: WebTab; language: UiLanguage; t: Translate }) {
  const [error, setError] = useState<string>();
  const domain = tab.url && isCompanyWebsite(tab.url) ? registrableDomain(tab.url) : undefined;
  const run = useLiveQuery(
    async () =>
      domain ? (await getDatabase().researchRuns.where("domain").equals(domain).sortBy("startedAt")).at(-1) : undefined,
    [domain],
  );
  if (!domain || !tab.url || tab.id === undefined) return null;
  const { url, id } = tab;

  const start = async () => {
    setError(undefined);
    // Asked at the moment of use, for this one site only.
    const granted = await browser.permissions.request({ origins: [originPattern(url)] });
    if (!granted) return setError(t("researchDenied", { domain }));
    await startRun();
  };
  const startRun = async () => {
    setError(undefined);
    const message: PageToBackground = { type: "research/start", tabId: id, url };
    const reply = replySchema.safeParse(await browser.runtime.sendMessage(message));
    if (!reply.success || !reply.data.ok) {
      setError(t("researchFailed", { error: reply.success && !reply.data.ok ? reply.data.error : "no answer" }));
    }
  };
  const cancel = async () => {
    if (!run) return;
    const message: PageToBackground = { type: "research/cancel", runId: run.id };
    await browser.runtime.sendMessage(message);
  };
  const unreadBoards = run && run.state !== "running" ? boardOriginsAwaitingAccess(run.pages) : [];

  return (
    <section aria-labelledby="research-heading" className="card">
      <h2 id="research-heading">{t("researchSite")}</h2>
      {run?.state !== "running" && (
        <>
          <p className="muted">{t("researchWhy", { domain })}</p>
          <div className="row">
            <button type="button" onClick={() => void start()}>
              {t("researchSite")}
            </button>
          </div>
        </>
      )}
      {error && <p role="alert">{error}</p>}
      {run && <ResearchProgress run={run} t={t} onCancel={() => void cancel()} />}
      {unreadBoards.length > 0 && (
        <JobBoardAccess siteUrl={url} boardOrigins={unreadBoards} t={t} onGranted={() => void startRun()} />
      )}
      {run?.result && run.state !== "running" && <SiteFindings research={run.result} language={language} t={t} />}
    </section>
  );
}
