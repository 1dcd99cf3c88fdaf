import { z } from "zod";
import { seniorityOf } from "./seniority";
import { clean, isoDate } from "./text";
import type { SiteJob } from "./types";
import { parseUrl } from "./url";

/**
 * Public job feeds of hosted boards. Boards render jobs with script (Ashby) or paginate; their
 * feeds list every open job in one request. The caller fetches `jobFeedUrl(board)` and passes the body here.
 */

export function jobFeedUrl(boardUrl: string): string | undefined {
  const url = parseUrl(boardUrl);
  if (!url) return undefined;
  const first = url.pathname.split("/").filter(Boolean)[0];
  const host = url.hostname;
  if (/\.jobs\.personio\.(de|com)$/.test(host)) return `https://${host}/xml`;
  if (/greenhouse\.io$/.test(host)) {
    const token = url.searchParams.get("for") ?? (first === "embed" ? undefined : first);
    return token ? `https://boards-api.greenhouse.io/v1/boards/${token}/jobs` : undefined;
  }
  if (/^jobs(\.eu)?\.lever\.co$/.test(host) && first) return `https://api.lever.co/v0/postings/${first}?mode=json`;
  if (host === "jobs.ashbyhq.com" && first) return `https://api.ashbyhq.com/posting-api/job-board/${first}`;
  if (/\.recruitee\.com$/.test(host)) return `https://${host}/api/offers/`;
  return undefined;
}

const text = z.string().nullish();
const named = z.object({ name: text }).nullish();

const greenhouseFeed = z.object({
  jobs: z.array(
    z.object({
      title: z.string(),
      absolute_url: text,
      location: named,
      departments: z.array(named).nullish(),
      updated_at: text,
    }),
  ),
});
const leverFeed = z.array(
  z.object({
    text: z.string(),
    hostedUrl: text,
    createdAt: z.number().nullish(),
    categories: z.object({ team: text, department: text, location: text, commitment: text }).nullish(),
  }),
);
const ashbyFeed = z.object({
  jobs: z.array(
    z.object({
      title: z.string(),
      department: text,
      team: text,
      location: text,
      employmentType: text,
      jobUrl: text,
      publishedAt: text,
    }),
  ),
});
const recruiteeFeed = z.object({
  offers: z.array(
    z.object({
      title: z.string(),
      department: text,
      location: text,
      city: text,
      careers_url: text,
      published_at: text,
    }),
  ),
});

function job(source: SiteJob["source"], fields: Omit<SiteJob, "source" | "seniority">): SiteJob {
  const entries = Object.entries(fields).map(([key, value]) => [
    key,
    typeof value === "string" ? clean(value) || undefined : value,
  ]);
  const cleaned = Object.fromEntries(entries) as Omit<SiteJob, "source" | "seniority">;
  return { ...cleaned, seniority: seniorityOf(cleaned.title), source };
}

/** Jobs from a feed body; an unknown or malformed feed gives no jobs rather than an error. */
export function parseJobFeed(feedUrl: string, body: string): SiteJob[] {
  const host = parseUrl(feedUrl)?.hostname ?? "";
  if (host.endsWith("personio.de") || host.endsWith("personio.com")) return personioXml(body, feedUrl);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return [];
  }
  if (host === "boards-api.greenhouse.io") {
    return (greenhouseFeed.safeParse(data).data?.jobs ?? []).map((item) =>
      job("greenhouse", {
        title: item.title,
        url: item.absolute_url ?? undefined,
        location: item.location?.name ?? undefined,
        department: item.departments?.[0]?.name ?? undefined,
        datePosted: isoDate(item.updated_at ?? undefined),
      }),
    );
  }
  if (host === "api.lever.co") {
    return (leverFeed.safeParse(data).data ?? []).map((item) =>
      job("lever", {
        title: item.text,
        url: item.hostedUrl ?? undefined,
        department: item.categories?.department ?? item.categories?.team ?? undefined,
        location: item.categories?.location ?? undefined,
        employmentType: item.categories?.commitment ?? undefined,
        datePosted: item.createdAt ? new Date(item.createdAt).toISOString().slice(0, 10) : undefined,
      }),
    );
  }
  if (host === "api.ashbyhq.com") {
    return (ashbyFeed.safeParse(data).data?.jobs ?? []).map((item) =>
      job("ashby", {
        title: item.title,
        url: item.jobUrl ?? undefined,
        department: item.department ?? item.team ?? undefined,
        location: item.location ?? undefined,
        employmentType: item.employmentType ?? undefined,
        datePosted: isoDate(item.publishedAt ?? undefined),
      }),
    );
  }
  return (recruiteeFeed.safeParse(data).data?.offers ?? []).map((item) =>
    job("recruitee", {
      title: item.title,
      url: item.careers_url ?? undefined,
      department: item.department ?? undefined,
      location: item.location ?? item.city ?? undefined,
      datePosted: isoDate(item.published_at ?? undefined),
    }),
  );
}

/** Personio's XML feed: `<position>` elements with name, office, department, employmentType, createdAt. */
function personioXml(body: string, feedUrl: string): SiteJob[] {
  if (typeof DOMParser === "undefined") return [];
  const doc = new DOMParser().parseFromString(body, "text/xml");
  const origin = parseUrl(feedUrl)?.origin ?? "";
  return Array.from(doc.getElementsByTagName("position")).flatMap((position) => {
    const field = (name: string) => clean(position.getElementsByTagName(name)[0]?.textContent) || undefined;
    const title = field("name");
    if (!title) return [];
    const id = field("id");
    return [
      job("personio", {
        title,
        url: id ? `${origin}/job/${id}` : undefined,
        location: field("office"),
        department: field("department"),
        employmentType: field("employmentType"),
        datePosted: isoDate(field("createdAt")),
      }),
    ];
  });
}
