import { pageDateIn } from "@/lib/i18n/date-format";
import type { UiLanguage } from "@/lib/i18n/messages";
import { pricingText } from "@/lib/i18n/pricing-text";
import { namesAYear, signalText } from "@/lib/i18n/signal-text";
import type { EmployeeHint, SiteResearch } from "@/lib/research/types";
import { signalLabel } from "../queue/labels";
import { SafeLink } from "../SafeLink";
import type { Translate } from "../use-ui-language";

/** What a website research found, every value as text, signals with their source. */
export function SiteFindings({
  research,
  language,
  t,
}: {
  research: SiteResearch;
  language: UiLanguage;
  t: Translate;
}) {
  const { company, impressum, people, jobs, signals, posts } = research;
  const details: [string, string | undefined][] = [
    [t("legalName"), impressum?.legalName ?? company.legalName],
    [t("managingDirectors"), impressum?.managingDirectors.join(", ") || undefined],
    [t("register"), [impressum?.registerCourt, impressum?.registerNumber].filter(Boolean).join(", ") || undefined],
    [t("vatId"), impressum?.vatId],
    [t("address"), impressum?.address ?? company.headquarters],
    [t("email"), impressum?.email],
    [t("phone"), impressum?.phone],
    [t("founded"), company.founded?.toString()],
    [t("industry"), shortList(company.industryHints, 3)],
    [t("employees"), largestHint(company.employeeHints)],
    [t("locations"), shortList(company.locations, 8)],
    [t("namedCustomers"), shortList(company.customers, 12)],
    [t("products"), shortList(company.products, 8)],
    [t("technologies"), company.technologies.join(", ") || undefined],
    [t("pricing"), company.pricing && pricingText(company.pricing, language)],
  ];
  return (
    <div data-testid="site-findings">
      {company.name && <h3 data-testid="site-company-name">{company.name}</h3>}
      {company.description && <p>{company.description}</p>}
      <dl>
        {details
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Detail key={label} label={label} value={value ?? ""} />
          ))}
      </dl>
      {company.social.linkedin && (
        <p>
          <SafeLink href={company.social.linkedin}>{t("linkedinCompanyPage")}</SafeLink>
        </p>
      )}
      {people.length > 0 && (
        <>
          <h4>{t("people")}</h4>
          <ul data-testid="site-people">
            {people.map((person) => (
              <li key={`${person.name}|${person.role ?? ""}`}>
                {person.name}
                {person.role ? ` — ${person.role}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      {jobs.length > 0 && (
        <>
          <h4>
            {t("jobs")} ({jobs.length})
          </h4>
          <ul data-testid="site-jobs">
            {jobs.slice(0, 30).map((job) => (
              <li key={`${job.title}|${job.location ?? ""}|${job.url ?? ""}`}>
                {job.title}
                {job.department ? ` · ${job.department}` : ""}
                {job.location ? ` · ${job.location}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      {signals.length > 0 && (
        <>
          <h4>{t("signals")}</h4>
          <ul data-testid="site-signals">
            {signals.map((signal) => {
              const text = signalText(signal, language);
              return (
                <li key={`${signal.type}|${signal.summary}`}>
                  <span className="tag">{t(signalLabel[signal.type])}</span> <strong>{text}</strong>
                  {signal.date && !namesAYear(text) ? ` (${pageDateIn(signal.date, language)})` : ""} —{" "}
                  <SafeLink href={signal.sourceUrl}>{t("source")}</SafeLink>
                  {/* A sentence quoted as it stands is not repeated below itself. */}
                  {signal.quote !== text && <blockquote>{signal.quote}</blockquote>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {posts.length > 0 && (
        <>
          <h4>{t("latestPosts")}</h4>
          <ul data-testid="site-posts">
            {posts.slice(0, maxPosts).map((post) => (
              <li key={post.url}>
                {post.date ? `${pageDateIn(post.date, language)} ` : ""}
                <SafeLink href={post.url}>{post.title}</SafeLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

// The newest few tell what the company talks about now; the research keeps ten.
const maxPosts = 5;

/** "A, B, C, +4": the first few of a list, and how many more there are. */
function shortList(values: readonly string[], max: number): string | undefined {
  if (values.length === 0) return undefined;
  const more = values.length - max;
  return `${values.slice(0, max).join(", ")}${more > 0 ? `, +${more}` : ""}`;
}

/** The largest head count the site states, as it states it ("über 140 Mitarbeitende"). */
function largestHint(hints: readonly EmployeeHint[]): string | undefined {
  return hints.reduce<EmployeeHint | undefined>(
    (largest, hint) => (!largest || hint.min > largest.min ? hint : largest),
    undefined,
  )?.text;
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
