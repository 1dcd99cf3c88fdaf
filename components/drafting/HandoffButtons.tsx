import { copyRichText } from "@/components/clipboard";
import type { Translate } from "@/components/use-ui-language";
import { composeHandoff } from "@/lib/drafting/compose";
import { textToHtml } from "@/lib/drafting/html";

type Client = "gmail" | "outlook" | "mailto";

interface HandoffProps {
  to: string;
  subject: string;
  body: string;
  disabled: boolean;
  t: Translate;
  /** Reports what happened, for the card's status line. */
  onStatus(message: string): void;
}

const clientLabel = { gmail: "draftOpenGmail", outlook: "draftOpenOutlook", mailto: "draftOpenMailto" } as const;

/** Copy, Gmail, Outlook on the web and mailto: for one email; too long for a link means copy. */
export function HandoffButtons({ to, subject, body, disabled, t, onStatus }: HandoffProps) {
  const copy = async (): Promise<boolean> => {
    try {
      await copyRichText(body, textToHtml(body));
      return true;
    } catch (error) {
      onStatus(t("copyFailed", { error: error instanceof Error ? error.message : String(error) }));
      return false;
    }
  };

  const open = async (client: Client) => {
    const handoff = composeHandoff({ client, to, subject, body });
    if (handoff.kind === "copy") {
      if (await copy()) onStatus(t("draftTooLong", { length: String(handoff.length) }));
      return;
    }
    // mailto goes to the system's mail app; a tab would stay empty behind it.
    if (client === "mailto") window.location.assign(handoff.url);
    else await browser.tabs.create({ url: handoff.url });
  };

  return (
    <div className="row" style={{ flexWrap: "wrap" }}>
      <button type="button" disabled={disabled} onClick={() => void copy().then((ok) => ok && onStatus(t("copied")))}>
        {t("copy")}
      </button>
      {(["gmail", "outlook", "mailto"] as const).map((client) => (
        <button key={client} type="button" className="secondary" disabled={disabled} onClick={() => void open(client)}>
          {t(clientLabel[client])}
        </button>
      ))}
    </div>
  );
}
