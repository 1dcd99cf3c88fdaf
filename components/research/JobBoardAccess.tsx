import { useState } from "react";
import { originPattern } from "@/lib/crawl/host-permissions";
import type { Translate } from "../use-ui-language";

interface JobBoardAccessProps {
  /** The researched page: its origin is asked for again, so the new research may read the site too. */
  siteUrl: string;
  /** Origins of the job boards the research listed but could not read. */
  boardOrigins: readonly string[];
  t: Translate;
  onGranted(): void;
}

/** Job boards on other sites that a research could not read, and the one click that allows them. */
export function JobBoardAccess({ siteUrl, boardOrigins, t, onGranted }: JobBoardAccessProps) {
  const [denied, setDenied] = useState(false);
  const hosts = boardOrigins.map((origin) => new URL(origin).hostname).join(", ");
  const allow = async () => {
    setDenied(false);
    // Asked from the click itself (Chrome wants a user gesture), for these boards and the site only.
    const granted = await browser.permissions.request({ origins: [siteUrl, ...boardOrigins].map(originPattern) });
    if (granted) onGranted();
    else setDenied(true);
  };
  return (
    <div data-testid="job-board-access">
      <p className="muted">{t("boardsWhy")}</p>
      <div className="row">
        <button type="button" onClick={() => void allow()}>
          {t("allowBoards", { hosts })}
        </button>
      </div>
      {denied && <p role="alert">{t("boardsDenied", { hosts })}</p>}
    </div>
  );
}
