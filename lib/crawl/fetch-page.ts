import { decodeHtml } from "../research/encoding";
import type { ResponseHeaders } from "../research/types";

export type FetchedPage =
  | { ok: true; finalUrl: string; text: string; headers?: ResponseHeaders }
  | { ok: false; reason: string };

/** What a fetch is for: a web page, a site's robots.txt, or a job board's public feed of its openings. */
export type FetchPurpose = "page" | "robots" | "feed";

// A robots.txt comes as text/plain, a board's feed as JSON: each purpose takes its own kind of answer only.
const acceptedTypes: Record<FetchPurpose, RegExp> = { page: /html|xml/i, robots: /^text\//i, feed: /json/i };

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const defaultFetchLimits: FetchLimits = { timeoutMs: 8000, maxBytes: 5 * 1024 * 1024 };

/**
 * Fetches one page (or robots.txt, or feed) for research without cookies, bounded in time and
 * size, and decodes it by its declared charset. Never throws: failures come back as reasons.
 */
export async function fetchPage(
  url: string,
  cancel: AbortSignal,
  purpose: FetchPurpose = "page",
  limits: FetchLimits = defaultFetchLimits,
  fetcher: typeof fetch = fetch,
): Promise<FetchedPage> {
  const signal = AbortSignal.any([cancel, AbortSignal.timeout(limits.timeoutMs)]);
  try {
    const response = await fetcher(url, { signal, credentials: "omit", redirect: "follow" });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    const type = response.headers.get("content-type") ?? "";
    if (type && !acceptedTypes[purpose].test(type)) return { ok: false, reason: unexpectedType(purpose, type) };
    const bytes = await readBounded(response, limits.maxBytes);
    if (!bytes) return { ok: false, reason: `larger than ${Math.round(limits.maxBytes / 1048576)} MB` };
    return {
      ok: true,
      finalUrl: response.url || url,
      text: decodeHtml(bytes, type),
      headers: keptHeaders(response.headers),
    };
  } catch (error) {
    if (cancel.aborted) return { ok: false, reason: "cancelled" };
    if (error instanceof DOMException && error.name === "TimeoutError") {
      return { ok: false, reason: `no answer within ${limits.timeoutMs / 1000} s` };
    }
    return { ok: false, reason: "could not be reached" };
  }
}

function unexpectedType(purpose: FetchPurpose, type: string): string {
  const what = { page: "a web page", robots: "a robots.txt", feed: "a job feed" }[purpose];
  return `not ${what} (${type.split(";")[0]})`;
}

// Headers name the server, CDN and platform (tech detection); a few KB of them is plenty.
const maxHeaderValue = 500;
const maxHeadersTotal = 4096;
// Transport headers every server sends say nothing about its stack.
const generic = new Set([
  "accept-ranges",
  "connection",
  "content-encoding",
  "content-length",
  "content-type",
  "date",
  "etag",
  "keep-alive",
  "last-modified",
  "transfer-encoding",
]);

/** The telling response headers, names lower-cased, each value and the total bounded; undefined if none. */
function keptHeaders(headers: Headers): ResponseHeaders | undefined {
  const kept: Record<string, string> = {};
  let total = 0;
  headers.forEach((value, name) => {
    const key = name.toLowerCase();
    if (generic.has(key)) return;
    const entry = value.slice(0, maxHeaderValue);
    total += key.length + entry.length;
    if (total <= maxHeadersTotal) kept[key] = entry;
  });
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** Reads a body up to maxBytes; undefined when it is larger (the rest is not downloaded). */
async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) return undefined;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
