import { openSidePanel } from "@/components/open-side-panel";
import type { Translate } from "@/components/use-ui-language";
import { type MissingCode, missingMessages } from "@/lib/drafting/missing";
import type { MessageKey, UiLanguage } from "@/lib/i18n/messages";

type Fix = "settings" | "sidepanel" | "email";

/** Where each gap is fixed: the offer in Settings, facts and company in the side panel, greetings in the email. */
const fixOf: Record<MissingCode, Fix> = {
  company: "sidepanel",
  industry: "sidepanel",
  facts: "sidepanel",
  signals: "sidepanel",
  offer: "settings",
  "offer.metrics": "settings",
  "offer.alternative": "settings",
  "offer.proof": "settings",
  "offer.price": "settings",
  sender: "settings",
  "first-name": "email",
  gender: "sidepanel",
};

const fixLabel: Record<Fix, MessageKey> = {
  settings: "draftFixInSettings",
  sidepanel: "openSidePanel",
  email: "draftFixInEmail",
};

const fixAction: Record<Fix, (() => void) | undefined> = {
  settings: () => void browser.runtime.openOptionsPage(),
  sidepanel: () => void openSidePanel(),
  email: undefined,
};

/** What the drafts lack, each with where to fix it, instead of a broken or empty email. */
export function MissingList({ missing, lang, t }: { missing: readonly MissingCode[]; lang: UiLanguage; t: Translate }) {
  if (missing.length === 0) return null;
  return (
    <section className="notice" aria-labelledby="missing-heading" data-testid="missing">
      <h3 id="missing-heading">{t("draftMissing")}</h3>
      <ul>
        {missing.map((code) => {
          const fix = fixOf[code];
          const action = fixAction[fix];
          return (
            <li key={code} data-missing={code}>
              {missingMessages[code][lang]}{" "}
              {action ? (
                <button type="button" className="secondary" onClick={action}>
                  {t(fixLabel[fix])}
                </button>
              ) : (
                <span className="muted">{t(fixLabel[fix])}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
