import { z } from "zod";
import { parsedJson } from "./embedded-json";
import { emptyCompany } from "./research-page";
import { seniorityOf } from "./seniority";
import { hiringFromJobs } from "./signals";
import { clean } from "./text";
import type { PageResearch, SiteJob } from "./types";
import { parseUrl } from "./url";

/**
 * Workable (apply.workable.com) renders its boards in the browser: the page a careers page links
 * to holds no openings. Workable publishes each account's openings as a JSON feed on the same
 * host, the one its embeddable job widget reads, so a board is read from there.
 */

// The first path segment names the account; "j" starts a short link to one job, without one.
const notAccounts = new Set(["j", "api", "careers", "login"]);

/** The feed of a Workable board's openings, for any address on the board or one of its jobs. */
export function workableFeedUrl(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (parsed?.hostname !== "apply.workable.com") return undefined;
  const account = parsed.pathname.split("/")[1]?.toLowerCase();
  if (!account || notAccounts.has(account) || !/^[a-z0-9][a-z0-9_-]{0,99}$/.test(account)) return undefined;
  return `https://apply.workable.com/api/v1/widget/accounts/${account}`;
}

const name = z.string().trim().min(1).max(300);
const optionalText = z.string().trim().max(300).nullish();
const locationSchema = z.object({ city: optionalText, region: optionalText, country: optionalText });
const openingSchema = z.object({
  title: name,
  department: optionalText,
  employment_type: optionalText,
  telecommuting: z.boolean().nullish(),
  url: optionalText,
  shortlink: optionalText,
  application_url: optionalText,
  published_on: optionalText,
  created_at: optionalText,
  city: optionalText,
  state: optionalText,
  country: optionalText,
  locations: z.array(z.unknown()).max(50).nullish(),
});
type Opening = z.infer<typeof openingSchema>;

const feedSchema = z.object({ jobs: z.array(z.unknown()) });

// A board lists a few dozen roles; a huge one is read up to a bound, not dropped.
const maxOpenings = 2000;

/**
 * The research of a Workable board from its feed, or undefined when the text is no such feed.
 * Read defensively: one malformed opening is skipped, not the board.
 */
export function workableFeedResearch(text: string, boardUrl: string): PageResearch | undefined {
  const feed = feedSchema.safeParse(parsedJson(text));
  if (!feed.success) return undefined;
  const jobs = feed.data.jobs.slice(0, maxOpenings).flatMap((raw) => {
    const opening = openingSchema.safeParse(raw);
    return opening.success ? [jobOf(opening.data, boardUrl)] : [];
  });
  const hiring = hiringFromJobs(jobs, boardUrl);
  return {
    url: boardUrl,
    kind: "job-board",
    company: emptyCompany(),
    people: [],
    jobs,
    signals: hiring ? [hiring] : [],
    posts: [],
    keyPages: [],
    techDetections: [],
    status: { ok: true, failed: [], errors: {} },
  };
}

function jobOf(opening: Opening, boardUrl: string): SiteJob {
  const title = clean(opening.title);
  const address = [opening.url, opening.shortlink, opening.application_url]
    .map((value) => (value ? parseUrl(value, boardUrl) : undefined))
    .find((parsed) => parsed?.protocol === "https:");
  return {
    title,
    department: clean(opening.department) || undefined,
    location: locationOf(opening),
    url: address?.href,
    employmentType: clean(opening.employment_type) || undefined,
    datePosted: dateOf(opening.published_on ?? opening.created_at),
    seniority: seniorityOf(title),
    source: "workable",
  };
}

/** "Bremen, Germany"; the first of several offices; "Remote" for a remote role without one. */
function locationOf(opening: Opening): string | undefined {
  const listed = locationSchema.safeParse(opening.locations?.[0]);
  const place = opening.city || opening.country ? opening : listed.success ? listed.data : undefined;
  const parts = [place?.city, place?.country].map((part) => clean(part)).filter(Boolean);
  if (parts.length) return parts.join(", ");
  return opening.telecommuting ? "Remote" : undefined;
}

function dateOf(value: string | null | undefined): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(value ?? "")?.[0];
}
