import { z } from "zod";
import type { BoardJob } from "./board-meta";
import { parsedJson } from "./embedded-json";
import { clean, isoDate } from "./text";
import { parseUrl } from "./url";

/**
 * Hosted boards whose page carries its jobs as data: Recruitee's careers sites (the props of
 * `<div data-component="PublicApp" data-props="…">`) and JOIN's company pages (the Next.js state in
 * `__NEXT_DATA__`). Read defensively: a malformed entry is skipped, not the board.
 */

const maxJobs = 2000;
const name = z.string().trim().min(1).max(300);
// A name given as text or as an object with a name ("Engineering", {"name": "Engineering"}).
const named = z.union([name, z.object({ name: name.nullish(), title: name.nullish(), cityName: name.nullish() })]);
const translated = z.record(z.string(), z.object({ title: name.nullish(), name: name.nullish() }).passthrough());

const offerSchema = z.object({
  id: z.union([z.number(), z.string()]).nullish(),
  slug: z.string().max(300).nullish(),
  title: name.nullish(),
  status: z.string().max(40).nullish(),
  translations: translated.nullish(),
  departmentId: z.union([z.number(), z.string()]).nullish(),
  department: named.nullish(),
  locationIds: z.array(z.union([z.number(), z.string()])).nullish(),
  location: name.nullish(),
  city: name.nullish(),
  remote: z.boolean().nullish(),
  employmentType: z.string().max(60).nullish(),
  employment_type_code: z.string().max(60).nullish(),
  published_at: z.string().max(40).nullish(),
  publishedAt: z.string().max(40).nullish(),
});
type Offer = z.infer<typeof offerSchema>;

const entrySchema = z.object({
  id: z.union([z.number(), z.string()]),
  name: name.nullish(),
  city: name.nullish(),
  translations: translated.nullish(),
});

const recruiteeSchema = z.object({
  appConfig: z.object({
    primaryLangCode: z.string().max(10).nullish(),
    offers: z.array(z.unknown()),
    departments: z.array(z.unknown()).nullish(),
    locations: z.array(z.unknown()).nullish(),
  }),
});

/** Recruitee (*.recruitee.com and its career sites on their own domains). */
export function recruitee(doc: Document, url: string): BoardJob[] {
  const props = doc.querySelector("[data-component='PublicApp'][data-props]")?.getAttribute("data-props");
  const data = recruiteeSchema.safeParse(parsedJson(props));
  if (!data.success) return [];
  const { offers, departments, locations, primaryLangCode } = data.data.appConfig;
  const language = primaryLangCode ?? "en";
  const departmentNames = entryNames(departments ?? [], language);
  const placeNames = entryNames(locations ?? [], language);
  const origin = parseUrl(url)?.origin;
  return offers.slice(0, maxJobs).flatMap((raw) => {
    const offer = offerSchema.safeParse(raw);
    if (!offer.success || (offer.data.status && offer.data.status !== "published")) return [];
    const title = offer.data.title ?? translation(offer.data.translations, language)?.title;
    if (!title) return [];
    return [
      {
        title: clean(title),
        department: idName(departmentNames, offer.data.departmentId) ?? nameOf(offer.data.department),
        location: offerPlace(offer.data, placeNames),
        employmentType: employmentType(offer.data.employmentType ?? offer.data.employment_type_code),
        datePosted: isoDate(offer.data.published_at ?? offer.data.publishedAt ?? undefined),
        url: origin && offer.data.slug ? `${origin}/o/${encodeURIComponent(offer.data.slug)}` : undefined,
        source: "recruitee" as const,
      },
    ];
  });
}

function offerPlace(offer: Offer, places: ReadonlyMap<string, string>): string | undefined {
  const listed = (offer.locationIds ?? []).map((id) => places.get(String(id))).filter(Boolean);
  return listed.join(", ") || offer.location || offer.city || (offer.remote ? "Remote" : undefined);
}

/** Names of departments or places by id, in the board's language (else any). */
function entryNames(entries: readonly unknown[], language: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const raw of entries.slice(0, maxJobs)) {
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) continue;
    const own = translation(entry.data.translations, language);
    const label = own?.name ?? own?.title ?? entry.data.name ?? entry.data.city;
    if (label) names.set(String(entry.data.id), clean(label));
  }
  return names;
}

function translation(
  translations: z.infer<typeof translated> | null | undefined,
  language: string,
): { title?: string | null; name?: string | null } | undefined {
  if (!translations) return undefined;
  return translations[language] ?? Object.values(translations)[0];
}

function idName(names: ReadonlyMap<string, string>, id: number | string | null | undefined): string | undefined {
  return id === null || id === undefined ? undefined : names.get(String(id));
}

function nameOf(value: z.infer<typeof named> | null | undefined): string | undefined {
  if (!value) return undefined;
  return clean(typeof value === "string" ? value : (value.name ?? value.title ?? value.cityName ?? "")) || undefined;
}

// Employment-type codes in words: Recruitee's schedule and contract ("fulltime_permanent",
// "parttime_fixed_term", "parttime_minijob", "apprenticeship"), other boards' "FULL_TIME".
const employmentTypes: Record<string, string> = {
  fulltime: "Full-time",
  full_time: "Full-time",
  parttime: "Part-time",
  part_time: "Part-time",
  internship: "Internship",
  freelance: "Freelance",
  contract: "Contract",
  contractor: "Contract",
  intern: "Internship",
  volunteer: "Volunteer",
  per_diem: "Per diem",
  temporary: "Temporary",
  seasonal: "Seasonal",
  traineeship: "Traineeship",
  apprenticeship: "Apprenticeship",
  working_student: "Working student",
  minijob: "Minijob",
};
// The contract after the schedule: a fixed term or a minijob is worth telling; "permanent" is the rule.
const contractTerms: Record<string, string> = { fixed_term: "Fixed-term", minijob: "Minijob" };

export function employmentType(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  const key = code.toLowerCase().replace(/-/g, "_");
  const known = Object.keys(employmentTypes).find((prefix) => key === prefix || key.startsWith(`${prefix}_`));
  if (!known) return clean(code.replace(/_/g, " ")) || undefined;
  const term = contractTerms[key.slice(known.length + 1)];
  return term ? `${employmentTypes[known]}, ${term}` : employmentTypes[known];
}

const joinItemSchema = z.object({
  id: z.union([z.number(), z.string()]).nullish(),
  idParam: z.string().max(300).nullish(),
  title: name,
  city: named.nullish(),
  category: named.nullish(),
  department: named.nullish(),
  employmentType: named.nullish(),
  workplaceType: z.string().max(40).nullish(),
  createdAt: z.string().max(40).nullish(),
});

const joinSchema = z.object({
  props: z.object({
    pageProps: z.object({
      initialState: z.object({ jobs: z.object({ items: z.array(z.unknown()) }) }),
    }),
  }),
});

/**
 * JOIN (join.com/companies/<company>): the jobs of the page's Next.js state, each with its
 * `category` (the department), `employmentType` and `city` as named objects, its `workplaceType`
 * ("ONSITE", "HYBRID", "REMOTE") and its `createdAt`.
 */
export function join(doc: Document, url: string): BoardJob[] {
  const data = joinSchema.safeParse(parsedJson(doc.getElementById("__NEXT_DATA__")?.textContent));
  if (!data.success) return [];
  const parsedUrl = parseUrl(url);
  const company = parsedUrl?.pathname.split("/").filter(Boolean)[1];
  const board = parsedUrl && company ? `${parsedUrl.origin}/companies/${company}` : undefined;
  return data.data.props.pageProps.initialState.jobs.items.slice(0, maxJobs).flatMap((raw) => {
    const item = joinItemSchema.safeParse(raw);
    if (!item.success) return [];
    const id =
      item.data.idParam ?? (item.data.id === null || item.data.id === undefined ? undefined : String(item.data.id));
    return [
      {
        title: clean(item.data.title),
        department: nameOf(item.data.department) ?? nameOf(item.data.category),
        location: nameOf(item.data.city) ?? (/^remote$/i.test(item.data.workplaceType ?? "") ? "Remote" : undefined),
        employmentType: nameOf(item.data.employmentType),
        datePosted: isoDate(item.data.createdAt ?? undefined),
        url: board && id ? `${board}/${encodeURIComponent(id)}` : undefined,
        source: "join" as const,
      },
    ];
  });
}

const ripplingPlaceSchema = z.object({ name: name.nullish(), city: name.nullish(), workplaceType: name.nullish() });
const ripplingJobSchema = z.object({
  id: z.string().max(100).nullish(),
  uuid: z.string().max(100).nullish(),
  name,
  url: z.string().max(500).nullish(),
  department: named.nullish(),
  locations: z.array(z.unknown()).nullish(),
  workLocations: z.array(z.unknown()).nullish(),
});
type RipplingJob = z.infer<typeof ripplingJobSchema>;

const ripplingSchema = z.object({
  props: z.object({
    pageProps: z.object({
      apiData: z
        .object({ jobPost: z.unknown().nullish(), department: named.nullish(), workLocations: z.unknown().nullish() })
        .nullish(),
      dehydratedState: z
        .object({
          queries: z.array(
            z.object({ queryKey: z.array(z.unknown()).nullish(), state: z.object({ data: z.unknown().nullish() }) }),
          ),
        })
        .nullish(),
    }),
  }),
});

/**
 * Rippling (ats.rippling.com/<board>/jobs): the Next.js state of the board holds its jobs as the
 * items of its "job-posts" query (beside the queries of its filters' places and departments), each
 * with its department and places; an ad's page holds its `jobPost`, with the department and places
 * beside it.
 */
export function rippling(doc: Document, url: string): BoardJob[] {
  const data = ripplingSchema.safeParse(parsedJson(doc.getElementById("__NEXT_DATA__")?.textContent));
  if (!data.success) return [];
  const { apiData, dehydratedState } = data.data.props.pageProps;
  const post = ripplingJobSchema.safeParse(apiData?.jobPost);
  if (post.success) {
    const places = [...(post.data.workLocations ?? []), ...asArray(apiData?.workLocations)];
    return [ripplingJob({ ...post.data, department: post.data.department ?? apiData?.department }, places, url)];
  }
  const posts = (dehydratedState?.queries ?? []).find((query) => query.queryKey?.includes("job-posts"));
  const items = z.object({ items: z.array(z.unknown()) }).safeParse(posts?.state.data);
  if (!items.success) return [];
  return items.data.items.slice(0, maxJobs).flatMap((raw) => {
    const job = ripplingJobSchema.safeParse(raw);
    return job.success ? [ripplingJob(job.data, job.data.locations ?? [], url)] : [];
  });
}

function ripplingJob(job: RipplingJob, places: readonly unknown[], url: string): BoardJob {
  const id = job.id ?? job.uuid;
  const board = parseUrl(url)?.pathname.split("/").filter(Boolean)[0];
  const address = job.url ?? (id && board ? `https://ats.rippling.com/${board}/jobs/${id}` : undefined);
  return {
    title: clean(job.name),
    department: nameOf(job.department),
    location: ripplingPlaces(places),
    url: address ? parseUrl(address, url)?.href : undefined,
    source: "careers-page" as const,
  };
}

/** A Rippling job's places ("San Francisco, CA"; several by their cities), "Remote" when it names only that. */
function ripplingPlaces(places: readonly unknown[]): string | undefined {
  const read = places.flatMap((place) => {
    if (typeof place === "string") return [{ name: place, city: undefined, workplaceType: undefined }];
    const parsed = ripplingPlaceSchema.safeParse(place);
    return parsed.success ? [parsed.data] : [];
  });
  const named = read.length === 1 ? read[0]?.name : undefined;
  const cities = [...new Set(read.map((place) => place.city ?? place.name).filter(Boolean))];
  if (named || cities.length) return named ?? cities.join(", ");
  return read.some((place) => place.workplaceType === "REMOTE") ? "Remote" : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
