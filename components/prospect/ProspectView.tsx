import { useLiveQuery } from "dexie-react-hooks";
import { activeThreshold, getDatabase } from "@/lib/db";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { CaptureLog, Company, Person } from "@/lib/model";
import { readinessGaps } from "@/lib/prospects/readiness";
import { ScoreCard } from "../icp/ScoreCard";
import { PersonCard } from "../PersonCard";
import { deleteProspects } from "../queue/delete-prospects";
import type { Translate } from "../use-ui-language";
import { CaptureDetails } from "./CaptureDetails";
import { CompanyPicker } from "./CompanyPicker";
import { FactsPanel } from "./FactsPanel";
import { OutcomeButtons } from "./OutcomeButtons";
import { SignalsTimeline } from "./SignalsTimeline";
import { StatusNotes } from "./StatusNotes";
import { useSignals } from "./use-signals";

interface Props {
  person: Person;
  company?: Company;
  capture?: CaptureLog;
  formatDate(time: number): string;
  language: UiLanguage;
  t: Translate;
}

/** One prospect at a glance: who, how well they fit, what is new, three facts, status and notes. */
export function ProspectView({ person, company, capture, formatDate, language, t }: Props) {
  const db = getDatabase();
  const signals = useSignals(person.id, company?.id);
  const picked = useLiveQuery(
    async () => (await db.facts.where("personId").equals(person.id).toArray()).filter((fact) => fact.selected).length,
    [person.id],
  );
  const threshold = useLiveQuery(() => activeThreshold(db), []);
  const gaps = readinessGaps(person, picked ?? 0, threshold);
  const remove = async () => {
    if (!window.confirm(t("confirmDelete", { name: person.name }))) return;
    await deleteProspects(db, [person.id]);
  };
  return (
    <>
      <PersonCard person={person} company={company} t={t} />
      <ScoreCard person={person} company={company} t={t} />
      <FactsPanel person={person} company={company} signals={signals} language={language} t={t} />
      <SignalsTimeline signals={signals} formatDate={formatDate} language={language} t={t} />
      <StatusNotes person={person} gaps={gaps} t={t} />
      <OutcomeButtons person={person} formatDate={formatDate} t={t} />
      <section className="card">
        <CompanyPicker person={person} t={t} />
      </section>
      <CaptureDetails capture={capture} history={person.history} formatDate={formatDate} t={t} />
      <div className="row">
        <button type="button" className="danger" onClick={() => void remove()}>
          {t("deleteProspect")}
        </button>
      </div>
    </>
  );
}
