import { type Activity, clipWording, type Person, type PersonCapture, type Position } from "../model";
import type { SignalDraft } from "./signals";

const day = 86_400_000;
/** A role that started this recently is a fresh job change. */
export const jobChangeWindowDays = 90;
/** Posts younger than this are recent activity worth mentioning. */
export const recentPostDays = 30;

/** Job change and recent posts of the person in a capture, against the stored record before it. */
export function personSignals(capture: PersonCapture, previous: Person | undefined): SignalDraft[] {
  const role = capture.person?.currentRoles?.[0];
  const jobChange = role ? jobChangeSignal(role, previous?.currentRoles?.[0], capture.capturedAt) : undefined;
  const posts = (capture.person?.activity ?? []).flatMap((post) => postSignal(post, capture.capturedAt) ?? []);
  return jobChange ? [jobChange, ...posts] : posts;
}

/** New when the current role began within the window, or when it differs from the stored one. */
function jobChangeSignal(role: Position, before: Position | undefined, capturedAt: number): SignalDraft | undefined {
  const startedAt = role.start ? Date.UTC(role.start.year, (role.start.month ?? 1) - 1, 1) : undefined;
  const age = startedAt === undefined ? undefined : capturedAt - startedAt;
  // A month's slack for roles dated "this month" that LinkedIn rounds to its first day.
  const recent = age !== undefined && age >= -31 * day && age <= jobChangeWindowDays * day;
  const changed =
    before !== undefined && (differs(before.title, role.title) || differs(before.companyName, role.companyName));
  if (!recent && !changed) return undefined;
  return {
    type: "job-change",
    // Stable wording across visits, so deduplication recognises the same change.
    summary: `Started as ${role.title}${role.companyName ? ` at ${role.companyName}` : ""}${since(role)}`,
    wording: {
      kind: "job-change",
      title: clipWording(role.title),
      companyName: role.companyName && clipWording(role.companyName),
      since: role.start && { year: role.start.year, month: role.start.month },
    },
    quote:
      changed && before
        ? `Previously ${before.title}${before.companyName ? ` at ${before.companyName}` : ""}`
        : undefined,
    date: startedAt,
    field: "currentRoles",
  };
}

function postSignal(post: Activity, capturedAt: number): SignalDraft | undefined {
  if (post.postedAt === undefined) return undefined;
  const age = capturedAt - post.postedAt;
  if (age < -day || age > recentPostDays * day) return undefined;
  return {
    type: "post",
    summary: `Posted about ${topicOf(post.text)}`,
    wording: { kind: "post", topic: clipWording(topicOf(post.text)) },
    quote: post.text,
    date: post.postedAt,
    field: "activity",
  };
}

/** Hashtags name the topic best; else the opening words of the post. */
function topicOf(text: string): string {
  const tags = [...new Set(text.match(hashtag) ?? [])].slice(0, 3);
  if (tags.length) return tags.join(", ");
  const words = text.replace(/\s+/g, " ").trim();
  const opening = words.length > 80 ? `${words.slice(0, 80).replace(/\s+\S*$/, "")}…` : words;
  return `“${opening}”`;
}

// A tag holds a letter and starts a word: "#2 globally" is a rank, "C#" a language, "page#top" an anchor.
const hashtag = /(?<![\p{L}\p{N}_&#])#(?=[\p{N}_]*\p{L})[\p{L}\p{N}_]+/gu;

function since(role: Position): string {
  if (!role.start) return "";
  const month = role.start.month
    ? new Date(Date.UTC(role.start.year, role.start.month - 1, 1)).toLocaleString("en-US", {
        month: "short",
        timeZone: "UTC",
      })
    : undefined;
  return ` (since ${month ? `${month} ` : ""}${role.start.year})`;
}

function differs(a: string | undefined, b: string | undefined): boolean {
  const normalise = (value: string | undefined) => value?.replace(/\s+/g, " ").trim().toLowerCase() ?? "";
  return normalise(a) !== normalise(b);
}
