import { useLiveQuery } from "dexie-react-hooks";
import { getDatabase } from "@/lib/db";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { Company } from "@/lib/model";
import { SafeLink } from "../SafeLink";
import type { Translate } from "../use-ui-language";
import { MergeCompany } from "./MergeCompany";
import { SignalsTimeline } from "./SignalsTimeline";
import { useSignals } from "./use-signals";

/** A company page on the tab: the company, its signals, and the people already captured there. */
export function CompanyView({
  company,
  formatDate,
  language,
  onOpen,
  t,
}: {
  company: Company;
  formatDate(time: number): string;
  language: UiLanguage;
  onOpen(personId: string): void;
  t: Translate;
}) {
  const people =
    useLiveQuery(() => getDatabase().people.where("companyId").equals(company.id).toArray(), [company.id]) ?? [];
  const signals = useSignals(undefined, company.id);
  const details: [string, string | undefined][] = [
    [t("headquarters"), company.headquarters],
    [t("founded"), company.founded?.toString()],
    [t("technologies"), company.technologies?.join(", ")],
    [t("namedCustomers"), company.customers?.join(", ")],
  ];
  return (
    <>
      <article className="card" aria-labelledby="company-name">
        <h2 id="company-name" data-testid="company-name">
          {company.name}
        </h2>
        {company.tagline && <p>{company.tagline}</p>}
        <p className="muted">{[company.industry, company.sizeBand].filter(Boolean).join(" · ")}</p>
        <dl>
          {details
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        {company.website && <SafeLink href={company.website}>{company.website}</SafeLink>}
      </article>
      <section className="card" aria-labelledby="people-here">
        <h2 id="people-here">{t("peopleHere")}</h2>
        {people.length === 0 ? (
          <p className="muted">{t("noPeopleHere")}</p>
        ) : (
          <ul className="plain" data-testid="company-people">
            {people.map((person) => (
              <li key={person.id}>
                <button type="button" className="link" onClick={() => onOpen(person.id)}>
                  {person.name}
                </button>
                {person.headline ? ` — ${person.headline}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      <SignalsTimeline signals={signals} formatDate={formatDate} language={language} t={t} />
      <MergeCompany company={company} t={t} />
    </>
  );
}
