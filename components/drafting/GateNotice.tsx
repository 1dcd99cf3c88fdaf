import { useState } from "react";
import type { Translate } from "@/components/use-ui-language";
import { type GateReason, overrideGates } from "@/lib/drafting/gates";
import type { UiLanguage } from "@/lib/i18n/messages";

interface GateNoticeProps {
  reasons: GateReason[];
  overridden: boolean;
  lang: UiLanguage;
  t: Translate;
  /** Stores the override with its reason. */
  onOverride(reason: string): Promise<void>;
}

/** Why this prospect should not be emailed now, and the one way past: a stated reason, logged. */
export function GateNotice({ reasons, overridden, lang, t, onOverride }: GateNoticeProps) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  if (reasons.length === 0) return null;

  const submit = async () => {
    const decision = overrideGates(reasons, reason);
    if (!decision.allowed) return setError(decision.error?.[lang]);
    setError(undefined);
    if (decision.overridden) await onOverride(decision.reason);
  };

  return (
    <section className="notice" aria-labelledby="gates-heading" data-testid="gates">
      <h3 id="gates-heading">{overridden ? t("draftOverridden") : t("draftBlocked")}</h3>
      <ul>
        {reasons.map((gate) => (
          <li key={gate.code} data-gate={gate.code}>
            {gate.message[lang]}
          </li>
        ))}
      </ul>
      {!overridden && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label htmlFor="override-reason">{t("draftOverrideReason")}</label>
          <input
            id="override-reason"
            value={reason}
            maxLength={2000}
            aria-invalid={error !== undefined}
            aria-describedby={error ? "override-error" : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {error && (
            <p id="override-error" role="alert">
              {error}
            </p>
          )}
          <div className="row">
            <button type="submit" className="secondary">
              {t("draftOverride")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
