import { useLiveQuery } from "dexie-react-hooks";
import { type FormEvent, useMemo, useState } from "react";
import { editFact, factsOf, getDatabase, pickFact, removeFact, setFactSelected } from "@/lib/db";
import { suggestFacts } from "@/lib/facts/suggest";
import { formatDateIn } from "@/lib/i18n/date-format";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { Company, Fact, Person, Signal } from "@/lib/model";
import { factsNeeded } from "@/lib/prospects/readiness";
import { SafeLink } from "../SafeLink";
import type { Translate } from "../use-ui-language";

interface Props {
  person: Person;
  company?: Company;
  signals: readonly Signal[];
  language: UiLanguage;
  t: Translate;
}

/** The three facts: picked ones (editable), ranked suggestions, page selections, and the user's own. */
export function FactsPanel({ person, company, signals, language, t }: Props) {
  const db = getDatabase();
  const facts = useLiveQuery(() => factsOf(db, person.id), [person.id]) ?? [];
  const picked = facts.filter((fact) => fact.selected);
  const candidates = facts.filter((fact) => !fact.selected);
  const full = picked.length >= factsNeeded;
  const { suggestions, allUsed } = useMemo(() => {
    const used = new Set(facts.map((fact) => fact.signalId ?? fact.text.toLowerCase()));
    const all = suggestFacts({ person, company, signals }, { formatDate: formatDateIn, language });
    const unused = all.filter((s) => !used.has(s.signalId ?? s.text.toLowerCase()));
    return { suggestions: unused, allUsed: all.length > 0 && unused.length === 0 };
  }, [person, company, signals, facts, language]);

  return (
    <section className="card" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t("facts")}</h2>
      <p className="muted">
        {t("factsHelp")} <span data-testid="facts-count">{t("factsPicked", { count: String(picked.length) })}</span>
      </p>
      <ol data-testid="picked-facts">
        {picked.map((fact) => (
          <PickedFact key={fact.id} fact={fact} t={t} />
        ))}
      </ol>
      <h3>{t("suggestedFacts")}</h3>
      {suggestions.length === 0 && (
        <p className="muted" data-testid="no-suggestions">
          {t(allUsed ? "allSuggestionsUsed" : "noSuggestions")}
        </p>
      )}
      <ul data-testid="suggested-facts" className="plain">
        {suggestions.slice(0, 8).map((suggestion) => (
          <li key={suggestion.key}>
            <SafeLink href={suggestion.sourceUrl}>{suggestion.text}</SafeLink>{" "}
            <button
              type="button"
              className="secondary"
              disabled={full}
              onClick={() => {
                const { text, sourceUrl, quote, signalId, wordings } = suggestion;
                void pickFact(db, person.id, { text, sourceUrl, quote, signalId, wordings, origin: "suggested" });
              }}
            >
              {t("useFact")}
            </button>
          </li>
        ))}
      </ul>
      {candidates.length > 0 && (
        <>
          <h3>{t("candidates")}</h3>
          <ul data-testid="candidate-facts" className="plain">
            {candidates.map((fact) => (
              <li key={fact.id}>
                <SafeLink href={fact.sourceUrl}>{fact.text}</SafeLink>{" "}
                <button
                  type="button"
                  className="secondary"
                  disabled={full}
                  onClick={() => void setFactSelected(db, fact, true)}
                >
                  {t("useFact")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <OwnFact disabled={full} personId={person.id} t={t} />
    </section>
  );
}

function PickedFact({ fact, t }: { fact: Fact; t: Translate }) {
  const db = getDatabase();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(fact.text);
  if (editing) {
    return (
      <li>
        <label className="sr-only" htmlFor={`fact-${fact.id}`}>
          {t("editFact")}
        </label>
        <textarea id={`fact-${fact.id}`} value={text} rows={2} onChange={(event) => setText(event.target.value)} />
        <button
          type="button"
          onClick={() => {
            void editFact(db, fact.id, text);
            setEditing(false);
          }}
        >
          {t("saveFact")}
        </button>
      </li>
    );
  }
  return (
    <li>
      <SafeLink href={fact.sourceUrl}>{fact.text}</SafeLink>
      <span className="actions">
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          {t("editFact")}
        </button>
        <button type="button" className="secondary" onClick={() => void removeFact(db, fact)}>
          {t("unpickFact")}
        </button>
      </span>
    </li>
  );
}

function OwnFact({ personId, disabled, t }: { personId: string; disabled: boolean; t: Translate }) {
  const [text, setText] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    if (await pickFact(getDatabase(), personId, { text: trimmed.slice(0, 2000), origin: "manual" })) setText("");
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="row">
      <label className="sr-only" htmlFor="own-fact">
        {t("ownFact")}
      </label>
      <input
        id="own-fact"
        placeholder={t("ownFact")}
        value={text}
        disabled={disabled}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" disabled={disabled}>
        {t("addFact")}
      </button>
    </form>
  );
}
