import type { PersonCapture, PersonFields } from "../../model";
import { canonicalProfileUrl } from "../../pages";
import { personFromCodeJson } from "./profile-code-json";
import { readSections, readTopCard } from "./profile-dom";
import { readEducation, readExperience } from "./profile-dom-entries";
import { readActivity, readContact } from "./profile-dom-extras";
import { compact, currentRolesOf, type PersonDraft } from "./profile-draft";
import { slugOfProfileUrl, verifiedTitleName } from "./profile-identity";
import { personFromJsonLd } from "./profile-json-ld";
import { findSections } from "./profile-sections";

export const profileExtractorId = "linkedin-profile";
export const profileExtractorVersion = "2.0.0";

/** The fields health reports on for a profile, in the order they are shown. */
export const profileFields = [
  "name",
  "headline",
  "location",
  "about",
  "currentRoles",
  "experience",
  "education",
  "followers",
  "connections",
  "languages",
  "activity",
  "contact",
] as const;
type Field = (typeof profileFields)[number];

/** Strategies in the order their values are trusted. */
type Strategy = "json-ld" | "code-json" | "dom-semantic" | "title";
type Found = { strategy: Strategy; draft: PersonDraft };

/** Which part of a profile the address shows. */
type View = "profile" | "experience" | "education" | "activity" | "contact" | "other-details";

/**
 * Reads the person of the profile in the address bar from the page. Pure over
 * (document, url): never navigates, scrolls or clicks. Each strategy is tried on its own
 * (one failing never stops the others); their findings are merged field by field.
 */
export function extractLinkedInProfile(doc: Document, url: string, now = Date.now()): PersonCapture | undefined {
  const profileUrl = canonicalProfileUrl(url);
  if (!profileUrl) return undefined;
  const slug = slugOfProfileUrl(profileUrl);
  const view = viewOf(url);
  const jsonLd = attempt(() => personFromJsonLd(doc, profileUrl));
  const codeJson = attempt(() => personFromCodeJson(doc, slug));
  const dom = attempt(() => personFromDom(doc, slug, view, jsonLd?.name ?? codeJson?.name, now));
  // The title is the last resort: read only when no other strategy found the name.
  const named = jsonLd?.name ?? codeJson?.name ?? dom?.draft.name;
  const title = named ? undefined : attempt(() => compact({ name: verifiedTitleName(doc, slug) }));
  const found: Found[] = dom?.foreign
    ? []
    : [
        { strategy: "json-ld" as const, draft: jsonLd ?? {} },
        { strategy: "code-json" as const, draft: codeJson ?? {} },
        { strategy: "dom-semantic" as const, draft: dom?.draft ?? {} },
        { strategy: "title" as const, draft: title ?? {} },
      ];
  const { person, strategies } = merge(found, view);
  // Contact details exist only on the overlay: elsewhere their absence is no gap.
  const expected = profileFields.filter((field) => field !== "contact" || view === "contact");
  const health = { found: strategies, missing: expected.filter((field) => !strategies[field]) };
  return {
    kind: "person",
    url,
    profileUrl,
    capturedAt: now,
    extractor: profileExtractorId,
    extractorVersion: profileExtractorVersion,
    health,
    person,
    strategies,
  };
}

function viewOf(url: string): View {
  const path = new URL(url).pathname.toLowerCase();
  if (path.includes("/details/experience")) return "experience";
  if (path.includes("/details/education")) return "education";
  if (path.includes("/details/")) return "other-details";
  if (path.includes("/recent-activity")) return "activity";
  if (path.includes("/overlay/contact-info")) return "contact";
  return "profile";
}

/** What the rendered page shows; on a details view only that view's section is read. */
function personFromDom(
  doc: Document,
  slug: string,
  view: View,
  knownName: string | undefined,
  now: number,
): { draft: PersonDraft; foreign: boolean } {
  const onDetails = view === "experience" || view === "education" || view === "other-details";
  const card = onDetails ? undefined : readTopCard(doc, slug, knownName);
  if (card?.foreign) return { draft: {}, foreign: true };
  const sections = findSections(doc);
  const onProfile = view === "profile" || view === "contact";
  const experience = onProfile
    ? sections.experience
    : view === "experience"
      ? detailsCard(doc, sections.experience)
      : undefined;
  const education = onProfile
    ? sections.education
    : view === "education"
      ? detailsCard(doc, sections.education)
      : undefined;
  const experienceList = experience ? attempt(() => readExperience(experience)) : undefined;
  const activityRoot = view === "activity" ? (doc.querySelector("main") ?? doc.body) : sections.activity;
  const draft: PersonDraft = {
    ...(onDetails ? {} : attempt(() => readSections(sections))),
    ...card?.draft,
    experience: nonEmpty(experienceList),
    currentRoles: currentRolesOf(experienceList),
    education: nonEmpty(education ? attempt(() => readEducation(education)) : undefined),
    activity: activityRoot && !onDetails ? attempt(() => readActivity(activityRoot, now)) : undefined,
    contact: view === "contact" ? attempt(() => readContact(doc)) : undefined,
  };
  return { draft: compact(draft), foreign: false };
}

/**
 * A details view shows one card: when its heading is in a UI language the labels do not
 * know ("Expérience"), the main column's first card is that section.
 */
function detailsCard(doc: Document, found: Element | undefined): Element | undefined {
  return found ?? doc.querySelector("main section") ?? undefined;
}

const listFields = new Set<Field>(["experience", "education", "languages", "activity"]);

/**
 * Scalars come from the first strategy that found them; lists from the strategy that found
 * the most entries (public JSON-LD lists fewer positions than the page shows). Current roles
 * follow the chosen experience so the two never disagree.
 */
function merge(found: Found[], view: View): { person?: PersonFields; strategies: Record<string, string> } {
  const strategies: Record<string, string> = {};
  const values: Partial<Record<Field, unknown>> = {};
  for (const field of profileFields) {
    if (field === "contact" && view !== "contact") continue;
    const candidates = found.filter(({ draft }) => draft[field] !== undefined);
    const best = listFields.has(field) ? longest(candidates, field) : candidates[0];
    if (!best) continue;
    values[field] = best.draft[field];
    strategies[field] = best.strategy;
  }
  const fromExperience = found.find(({ strategy }) => strategy === strategies.experience)?.draft.currentRoles;
  if (fromExperience) {
    values.currentRoles = fromExperience;
    strategies.currentRoles = strategies.experience ?? "";
  }
  if (typeof values.name !== "string") return { person: undefined, strategies: {} };
  return { person: compact(values) as PersonFields, strategies };
}

function longest(candidates: Found[], field: Field): Found | undefined {
  // Entries without a title (public JSON-LD's past employers) count for less than complete ones.
  const size = (entry: Found) => {
    const value = entry.draft[field];
    if (!Array.isArray(value)) return 0;
    // A tie goes to the richer list (a degree, a company link), then to the earlier strategy.
    return value.reduce<number>((sum, item) => sum + (isUntitled(item) ? 0.5 : 1) + detailOf(item) / 100, 0);
  };
  return candidates.reduce<Found | undefined>(
    (best, entry) => (!best || size(entry) > size(best) ? entry : best),
    undefined,
  );
}

function detailOf(item: unknown): number {
  return typeof item === "object" && item !== null ? Object.keys(item).length : 0;
}

function isUntitled(item: unknown): boolean {
  return typeof item === "object" && item !== null && "title" in item && !item.title;
}

function nonEmpty<T>(items: T[] | undefined): T[] | undefined {
  return items?.length ? items : undefined;
}

/** Runs one strategy; a throw (odd markup, a browser quirk) costs that strategy only. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
