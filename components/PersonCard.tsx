import type { Company, Person } from "@/lib/model";
import { SafeLink } from "./SafeLink";
import type { Translate } from "./use-ui-language";

/** The captured person at a glance. Every value is rendered as text. */
export function PersonCard({ person, company, t }: { person: Person; company?: Company; t: Translate }) {
  const role = person.currentRoles?.[0];
  const rows: [string, string | undefined, string?][] = [
    [t("currentRole"), role ? [role.title, role.companyName].filter(Boolean).join(" · ") : undefined],
    [t("company"), company?.name, "person-company"],
    [t("location"), person.location],
  ];
  return (
    <article className="card" aria-labelledby="person-name">
      <h2 id="person-name" data-testid="person-name">
        {person.name}
      </h2>
      {person.headline && <p data-testid="person-headline">{person.headline}</p>}
      <dl>
        {rows
          .filter(([, value]) => value)
          .map(([label, value, testId]) => (
            <div key={label} className="contents">
              <dt>{label}</dt>
              <dd data-testid={testId}>{value}</dd>
            </div>
          ))}
        <dt>{t("profile")}</dt>
        <dd>
          <SafeLink href={person.profileUrl}>{person.profileUrl}</SafeLink>
        </dd>
      </dl>
    </article>
  );
}
