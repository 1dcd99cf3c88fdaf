import type { Translate } from "@/components/use-ui-language";
import { getDatabase } from "@/lib/db";
import { checkGates } from "@/lib/drafting/gates";
import { chooseLanguage } from "@/lib/drafting/language";
import { recipientOptions } from "@/lib/drafting/recipient";
import { factTextIn } from "@/lib/facts/worded";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { Company, Person } from "@/lib/model";
import { type ComposerData, draftFor, gateInputFor, newSequence, planStart, shownEmails } from "./compose-model";
import * as act from "./composer-actions";
import { EmailCard } from "./EmailCard";
import { GateNotice } from "./GateNotice";
import { formatSlot } from "./labels";
import { MissingList } from "./MissingList";
import { RecipientPicker } from "./RecipientPicker";
import { SequenceOverview } from "./SequenceOverview";
import { useComposerData } from "./use-composer-data";

interface ComposerProps {
  person: Person;
  company?: Company;
  lang: UiLanguage;
  t: Translate;
}

/** The popup's four-email sequence for one prospect: gates, gaps, recipient, emails and hand-off. */
export function Composer(props: ComposerProps) {
  const data = useComposerData(props.person, props.company);
  if (!data) return null;
  return <ComposerBody {...props} data={data} />;
}

function draftOrError(props: ComposerProps & { data: ComposerData }) {
  try {
    return { draft: draftFor(props.person, props.company, props.data) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function ComposerBody(props: ComposerProps & { data: ComposerData }) {
  const { person, company, data, lang, t } = props;
  const drafted = draftOrError(props);
  if (!drafted.draft) return <p role="alert">{t("draftFailed", { error: drafted.error ?? "" })}</p>;
  const { draft } = drafted;
  const now = Date.now();
  const plan = act.planFrom(person, planStart(data, now));
  const emails = shownEmails(
    draft,
    data.sequence,
    plan.sends.map((send) => send.at),
  );
  const context: act.ComposerContext = {
    db: getDatabase(),
    person,
    company,
    data,
    draft,
    emails,
    plan,
    base: data.sequence ?? newSequence(person, draft, emails, now),
    lang,
    t,
  };
  const reasons = checkGates(gateInputFor(person, data, now));
  const allowed = reasons.length === 0 || data.overridden;
  const options = recipientOptions({
    capturedEmails: person.contact?.emails,
    name: person.name,
    domain: company?.domain ?? company?.website,
  });
  const captured = options.find((option) => option.source === "captured")?.address;
  const recipient = data.sequence?.recipient ?? captured;
  const sentAt = (index: number) => data.sent.find((event) => event.step === emails[index]?.step)?.at;

  return (
    <section aria-labelledby="sequence-heading" data-testid="composer">
      <h2 id="sequence-heading">{t("draftHeading", { name: person.name })}</h2>
      <GateNotice
        key={data.overridden ? "open" : "closed"}
        reasons={reasons}
        overridden={data.overridden}
        lang={lang}
        t={t}
        onOverride={(reason) => act.override(context, reason)}
      />
      <MissingList missing={draft.missing} lang={lang} t={t} />
      <SequenceOverview
        draft={draft}
        offer={data.offer}
        factCount={data.facts.length}
        score={person.score}
        threshold={data.threshold}
        auto={chooseLanguage(person, data.offer?.defaultLanguage ?? "en")}
        t={t}
        onChoose={(choice) => void act.choose(context, choice)}
      />
      <RecipientPicker
        options={options}
        value={recipient}
        t={t}
        onChoose={(address) => void act.chooseRecipient(context, address)}
      />
      {emails.map((email, index) => {
        const sent = sentAt(index);
        const slot = plan.sends[index];
        return (
          <EmailCard
            key={`${draft.language}-${draft.formality}-${email.step}`}
            index={index}
            email={email}
            leadsTo={draft.emails[index]?.leadsTo ?? ""}
            angle={index === 0 ? (data.sequence ? data.sequence.angle : draft.angle) : undefined}
            slot={slot && formatSlot(slot.at, plan.timeZone, lang)}
            sentAt={sent === undefined ? undefined : formatSlot(sent, plan.timeZone, lang)}
            recipient={recipient ?? ""}
            allowed={allowed}
            lint={{
              language: draft.language,
              facts: data.facts.map((fact) => factTextIn(fact, draft.language)),
              signature: data.offer?.signature,
            }}
            lang={lang}
            t={t}
            onEdit={(patch) => void act.editStep(context, email.step, patch)}
            onMarkSent={() => act.markSent(context, index)}
          />
        );
      })}
      <div className="row">
        <button type="button" className="secondary" onClick={() => void act.exportIcs(context)}>
          {t("draftExportIcs")}
        </button>
      </div>
    </section>
  );
}
