import { awaitsBoardAccess } from "@/lib/crawl/board-access";
import type { MessageKey } from "@/lib/i18n/messages";
import type { ResearchPageState, ResearchRun } from "@/lib/model";
import type { Translate } from "../use-ui-language";

const stateLabel: Record<ResearchPageState["state"], MessageKey> = {
  queued: "pageQueued",
  fetching: "pageFetching",
  done: "pageDone",
  skipped: "pageSkipped",
  failed: "pageFailed",
};

const runLabel: Record<ResearchRun["state"], MessageKey> = {
  running: "researchRunning",
  done: "researchDone",
  cancelled: "researchCancelled",
  failed: "researchFailed",
};

/** Each page of a research with its state and, when it was not read, why. */
export function ResearchProgress({ run, t, onCancel }: { run: ResearchRun; t: Translate; onCancel(): void }) {
  const finished = run.pages.filter((page) => page.state !== "queued" && page.state !== "fetching").length;
  return (
    <div data-testid="research-progress">
      <p role="status">
        {t(runLabel[run.state], { domain: run.domain, error: run.error ?? "" })} ({finished}/{run.pages.length})
      </p>
      {run.state === "running" && (
        <button type="button" className="secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      )}
      <ul className="pages">
        {run.pages.map((page) => (
          <li key={page.url} data-state={page.state}>
            <span className="muted">{page.kind}</span> {shortUrl(page.url)} — {t(stateLabel[page.state])}
            {page.reason ? ` (${reasonText(page, t)})` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Reasons are stored in English; the one the user can act on is shown in the UI's language. */
function reasonText(page: ResearchPageState, t: Translate): string | undefined {
  return awaitsBoardAccess(page) ? t("pageBoardNotAllowed", { host: new URL(page.url).hostname }) : page.reason;
}

function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.pathname}`;
  } catch {
    return url;
  }
}
