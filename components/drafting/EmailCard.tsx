import { useState } from "react";
import type { Translate } from "@/components/use-ui-language";
import { type LintOptions, lintEmail } from "@/lib/drafting/lint";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { DraftEmail, MessageAngle } from "@/lib/model";
import { HandoffButtons } from "./HandoffButtons";
import { stepLabel } from "./labels";

export interface EmailCardProps {
  index: number;
  email: DraftEmail;
  /** How this email leads to the call to action. */
  leadsTo: string;
  /** The message angle this email is worded in, for the first email (the angle test). */
  angle?: MessageAngle;
  /** Planned send time, already formatted in the prospect's zone. */
  slot?: string;
  /** When it was marked as sent, formatted; undefined when not yet. */
  sentAt?: string;
  recipient: string;
  allowed: boolean;
  lint: Omit<LintOptions, "step">;
  lang: UiLanguage;
  t: Translate;
  onEdit(patch: { subject?: string; body?: string }): void;
  onMarkSent(): Promise<string>;
}

/** One email of the sequence: when it goes out, what it leads to, its text to edit, its checks and hand-off. */
export function EmailCard(props: EmailCardProps) {
  const { index, email, t, lang } = props;
  // Typed text stays local while the saved copy catches up, so fast typing never loses characters.
  const [subject, setSubject] = useState<string>();
  const [body, setBody] = useState<string>();
  const [status, setStatus] = useState<string>();
  const shownSubject = subject ?? email.subject;
  const shownBody = body ?? email.body;
  const issues = lintEmail({ subject: shownSubject, body: shownBody }, { ...props.lint, step: email.step });
  const id = `email-${email.step}`;
  const edit = (patch: { subject?: string; body?: string }) => {
    if (patch.subject !== undefined) setSubject(patch.subject);
    if (patch.body !== undefined) setBody(patch.body);
    props.onEdit(patch);
  };

  return (
    <article className="card" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`}>{t("draftEmailNumber", { number: String(index + 1), step: t(stepLabel[email.step]) })}</h3>
      {props.slot && <p data-testid="send-slot">{t("draftSendAt", { time: props.slot })}</p>}
      <p className="muted">{props.leadsTo}</p>
      {props.angle && (
        <p className="muted" data-testid="draft-angle">
          {t("draftAngle", { angle: t(props.angle === "a" ? "dashAbAngleA" : "dashAbAngleB") })}
        </p>
      )}
      <label htmlFor={`${id}-subject`}>
        {t("subject")} <span className="muted">({t("draftSubjectVariant", { variant: email.subjectVariant })})</span>
      </label>
      <input
        id={`${id}-subject`}
        data-testid="draft-subject"
        value={shownSubject}
        onChange={(event) => edit({ subject: event.target.value })}
      />
      <label htmlFor={`${id}-body`}>{t("draftBody")}</label>
      <textarea
        id={`${id}-body`}
        data-testid="draft-body"
        rows={9}
        value={shownBody}
        onChange={(event) => edit({ body: event.target.value })}
      />
      <LintList issues={issues} lang={lang} t={t} />
      <HandoffButtons
        to={props.recipient}
        subject={shownSubject}
        body={shownBody}
        disabled={!props.allowed}
        t={t}
        onStatus={setStatus}
      />
      {props.sentAt ? (
        <p data-testid="sent-at">{t("draftSentOn", { time: props.sentAt })}</p>
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={!props.allowed}
          onClick={() => void props.onMarkSent().then(setStatus)}
        >
          {t("draftMarkSent")}
        </button>
      )}
      {status && <p role="status">{status}</p>}
    </article>
  );
}

function LintList({ issues, lang, t }: { issues: ReturnType<typeof lintEmail>; lang: UiLanguage; t: Translate }) {
  if (issues.length === 0) return <p className="muted">{t("draftLintNone")}</p>;
  return (
    <ul aria-label={t("draftLint")} data-testid="lint">
      {issues.map((issue) => (
        <li key={issue.code}>
          {issue.severity === "error" ? "⚠ " : ""}
          {issue.message[lang]}
          {issue.details.length > 0 && <span className="muted"> ({issue.details.slice(0, 5).join(", ")})</span>}
        </li>
      ))}
    </ul>
  );
}
