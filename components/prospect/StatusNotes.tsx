import { useEffect, useState } from "react";
import { getDatabase } from "@/lib/db";
import type { MessageKey } from "@/lib/i18n/messages";
import { type Person, type ProspectStatus, prospectStatusSchema } from "@/lib/model";
import type { ReadinessGap } from "@/lib/prospects/readiness";
import type { Translate } from "../use-ui-language";

export const statusLabels: Record<ProspectStatus, MessageKey> = {
  new: "statusNew",
  researching: "statusResearching",
  ready: "statusReady",
  contacted: "statusContacted",
  replied: "statusReplied",
  meeting: "statusMeeting",
  won: "statusWon",
  lost: "statusLost",
  "do-not-contact": "statusDoNotContact",
};

const gapLabels: Record<ReadinessGap, MessageKey> = {
  facts: "readyGapFacts",
  score: "readyGapScore",
  unscored: "readyGapUnscored",
};

/** The prospect's status (with what still keeps it from "ready") and the user's notes, saved as typed. */
export function StatusNotes({ person, gaps, t }: { person: Person; gaps: readonly ReadinessGap[]; t: Translate }) {
  const [notes, setNotes] = useState(person.notes ?? "");
  useEffect(() => setNotes(person.notes ?? ""), [person.notes]);
  const save = (change: Partial<Person>) =>
    void getDatabase().people.update(person.id, { ...change, updatedAt: Date.now() });
  return (
    <section className="card" aria-labelledby="status-heading">
      <h2 id="status-heading">{t("status")}</h2>
      <label htmlFor="status">{t("status")}</label>
      <select
        id="status"
        data-testid="status"
        value={person.status}
        onChange={(event) => save({ status: prospectStatusSchema.parse(event.target.value) })}
      >
        {prospectStatusSchema.options.map((status) => (
          <option key={status} value={status}>
            {t(statusLabels[status])}
          </option>
        ))}
      </select>
      <p role="status" data-testid="readiness">
        {gaps.length === 0 ? t("readyNow") : gaps.map((gap) => t(gapLabels[gap])).join(" ")}
      </p>
      <label htmlFor="gender">{t("salutation")}</label>
      <select
        id="gender"
        value={person.gender ?? ""}
        onChange={(event) => {
          const value = event.target.value;
          save({ gender: value === "female" || value === "male" ? value : undefined });
        }}
      >
        <option value="">{t("salutationNeutral")}</option>
        <option value="female">{t("salutationFemale")}</option>
        <option value="male">{t("salutationMale")}</option>
      </select>
      <label htmlFor="notes">{t("notes")}</label>
      <textarea
        id="notes"
        rows={3}
        maxLength={100_000}
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        onBlur={() => notes !== (person.notes ?? "") && save({ notes })}
      />
    </section>
  );
}
