import type { Company, Person } from "@/lib/model";
import type { Translate } from "./use-ui-language";

/** The captured person at a glance. Every value is rendered as text. */
export function PersonCard({ person, company, t }: { person: Person; company?: Company; t: Translate }) {
  return (
    <article className="card" aria-labelledby="person-name">
      <h2 id="person-name" data-testid="person-name">
        {person.name}
      </h2>
      {person.headline && <p data-testid="person-headline">{person.headline}</p>}
      <dl>
        {company && (
          <>
            <dt>{t("company")}</dt>
            <dd data-testid="person-company">{company.name}</dd>
          </>
        )}
        <dt>{t("profile")}</dt>
        <dd>
          <a href={person.profileUrl} target="_blank" rel="noreferrer">
            {person.profileUrl}
          </a>
        </dd>
      </dl>
    </article>
  );
}
