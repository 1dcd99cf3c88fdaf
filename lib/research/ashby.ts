import { z } from "zod";
import type { BoardJob } from "./board-meta";
import { assignedObject } from "./embedded-json";
import { clean } from "./text";
import { parseUrl } from "./url";

/**
 * Ashby (jobs.ashbyhq.com) renders its boards in the browser: the page holds no job markup,
 * only `window.__appData`, with the board's teams and postings (or, on a job's own page, the
 * one posting). Read defensively: one malformed posting is skipped, not the board.
 */

const name = z.string().trim().min(1).max(300);
const postingSchema = z.object({
  id: z.string().max(100).optional(),
  title: name,
  teamId: z.string().nullish(),
  teamName: name.nullish(),
  departmentName: name.nullish(),
  locationName: name.nullish(),
  employmentType: z.string().max(40).nullish(),
  workplaceType: z.string().max(40).nullish(),
  isListed: z.boolean().nullish(),
  publishedDate: z.string().max(40).nullish(),
});
type Posting = z.infer<typeof postingSchema>;

const teamSchema = z.object({ id: z.string(), name: name.nullish(), externalName: name.nullish() });

const appDataSchema = z.object({
  jobBoard: z.object({ teams: z.array(z.unknown()).optional(), jobPostings: z.array(z.unknown()) }).optional(),
  posting: z.unknown().optional(),
});

const maxPostings = 2000;

const employmentTypes: Record<string, string> = {
  FullTime: "Full-time",
  PartTime: "Part-time",
  Intern: "Internship",
  Contract: "Contract",
  Temporary: "Temporary",
};

export function ashbyJobs(doc: Document, url: string): BoardJob[] {
  const data = appDataSchema.safeParse(appData(doc));
  if (!data.success) return [];
  const { jobBoard, posting } = data.data;
  const teams = new Map<string, string>();
  for (const raw of (jobBoard?.teams ?? []).slice(0, maxPostings)) {
    const team = teamSchema.safeParse(raw);
    const label = team.success ? (team.data.externalName ?? team.data.name) : undefined;
    if (team.success && label) teams.set(team.data.id, label);
  }
  const board = boardAddress(url);
  // A board lists a few dozen roles; a huge one is read up to a bound, not dropped.
  const postings = [
    ...(jobBoard?.jobPostings ?? []).slice(0, maxPostings),
    ...(posting === undefined ? [] : [posting]),
  ];
  return postings.flatMap((raw) => {
    const parsed = postingSchema.safeParse(raw);
    if (!parsed.success || parsed.data.isListed === false) return [];
    return [boardJob(parsed.data, teams, board, posting === raw ? url : undefined)];
  });
}

/** One posting as a job; `own` is the page's address when the page is the posting's own. */
function boardJob(
  posting: Posting,
  teams: ReadonlyMap<string, string>,
  board: string | undefined,
  own?: string,
): BoardJob {
  const remote = posting.workplaceType === "Remote" ? "Remote" : undefined;
  return {
    title: clean(posting.title),
    department:
      (posting.teamId ? teams.get(posting.teamId) : undefined) ??
      posting.departmentName ??
      posting.teamName ??
      undefined,
    location: posting.locationName ?? remote,
    employmentType: posting.employmentType
      ? (employmentTypes[posting.employmentType] ?? posting.employmentType)
      : undefined,
    datePosted: posting.publishedDate ?? undefined,
    url: own ?? (board && posting.id ? `${board}/${encodeURIComponent(posting.id)}` : undefined),
    source: "ashby",
  };
}

/** The script that assigns the board's data; the first that parses. */
function appData(doc: Document): unknown {
  for (const script of Array.from(doc.querySelectorAll("script:not([src])"))) {
    const text = script.textContent ?? "";
    if (!text.includes(marker)) continue;
    const found = assignedObject(text, marker);
    if (found !== undefined) return found;
  }
  return undefined;
}

const marker = "window.__appData";

/** "https://jobs.ashbyhq.com/<organisation>", from any address on the board. */
function boardAddress(url: string): string | undefined {
  const parsed = parseUrl(url);
  const organisation = parsed?.pathname.split("/").filter(Boolean)[0];
  return parsed && organisation ? `${parsed.origin}/${organisation}` : undefined;
}
