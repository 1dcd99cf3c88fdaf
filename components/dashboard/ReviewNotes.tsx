import { useLiveQuery } from "dexie-react-hooks";
import { type FormEvent, useState } from "react";
import { getDatabase, reviewNotesOf, saveReviewNote } from "@/lib/db";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { Translate } from "../use-ui-language";

interface Props {
  week: string;
  t: Translate;
  language: UiLanguage;
}

/** The Monday review: what changed and what to test next, one note per week, earlier ones listed. */
export function ReviewNotes({ week, t, language }: Props) {
  const notes = useLiveQuery(() => reviewNotesOf(getDatabase()), []) ?? [];
  const current = notes.find((n) => n.week === week);
  const [status, setStatus] = useState<string>();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await saveReviewNote(getDatabase(), {
        week,
        changed: String(form.get("changed") ?? "").trim(),
        toTest: String(form.get("toTest") ?? "").trim(),
        savedAt: Date.now(),
      });
      setStatus(t("saved"));
    } catch (error) {
      setStatus(t("invalidSetting", { error: error instanceof Error ? error.message : String(error) }));
    }
  };
  const date = new Intl.DateTimeFormat(language, { dateStyle: "medium" });
  return (
    <section aria-labelledby="dash-notes" className="dash-section">
      <h2 id="dash-notes">{t("dashReviewNotes", { week })}</h2>
      <form key={current?.savedAt ?? "new"} onSubmit={(event) => void submit(event)}>
        <label htmlFor="dash-changed">{t("dashNoteChanged")}</label>
        <textarea id="dash-changed" name="changed" rows={2} maxLength={5000} defaultValue={current?.changed} />
        <label htmlFor="dash-to-test">{t("dashNoteToTest")}</label>
        <textarea id="dash-to-test" name="toTest" rows={2} maxLength={5000} defaultValue={current?.toTest} />
        <div className="row">
          <button type="submit">{t("dashSaveNote")}</button>
        </div>
        {status && <p role="status">{status}</p>}
      </form>
      {notes.length > 0 && (
        <ul className="dash-notes">
          {notes.map((note) => (
            <li key={note.week}>
              <strong>{note.week}</strong> <span className="muted">({date.format(note.savedAt)})</span>
              <dl>
                <dt>{t("dashNoteChanged")}</dt>
                <dd>{note.changed || "–"}</dd>
                <dt>{t("dashNoteToTest")}</dt>
                <dd>{note.toTest || "–"}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
