import type { PageInput } from "wappalyzer-core";
import type { ResponseHeaders } from "./types";

/**
 * What the fingerprint engine reads from one page: its address, script addresses, meta tags,
 * headers and cookies. The markup is matched separately (tech-html.ts), so `html` stays empty.
 */

// Bounds keep hostile pages fast: the engine's patterns run over every one of these strings.
const maxScripts = 300;
const maxScriptUrl = 1000;
const maxInlineScript = 50_000;
const maxValue = 2000;
const maxMetaPerName = 5;

export function pageInput(doc: Document, url: string, headers: ResponseHeaders = {}): PageInput {
  const lowerHeaders = Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), [value.slice(0, maxValue)]]),
  );
  return {
    url: url.slice(0, maxScriptUrl),
    html: "",
    scripts: scriptAddresses(doc),
    meta: metaTags(doc),
    headers: lowerHeaders,
    cookies: cookies(lowerHeaders["set-cookie"]?.[0]),
  };
}

/**
 * Addresses of external scripts, and the ones inline loaders name (the Google Tag Manager,
 * Segment or Intercom snippets build a script tag from a URL in a string): a parsed page
 * does not run them, so these strings are all that shows which scripts it loads.
 */
function scriptAddresses(doc: Document): string[] {
  const addresses = preloadedScripts(doc);
  for (const script of Array.from(doc.getElementsByTagName("script"))) {
    if (addresses.length >= maxScripts) break;
    const src = script.getAttribute("src") ?? deferredSource(script);
    if (src) addresses.push(src.slice(0, maxScriptUrl));
    else addresses.push(...urlLiterals((script.textContent ?? "").slice(0, maxInlineScript)));
  }
  return [...new Set(addresses)].slice(0, maxScripts);
}

/**
 * The address of a script held back until consent or first interaction: consent managers and
 * speed plugins move `src` to `data-src` or `data-<tool>-src` (data-cmplz-src, data-rocket-src,
 * data-ccm-loader-src) and restore it later, so the page still loads that script.
 */
function deferredSource(script: Element): string | null {
  for (const { name, value } of Array.from(script.attributes)) {
    if (value && name.startsWith("data-") && name.endsWith("src")) return value;
  }
  return null;
}

/**
 * Scripts the page tells the browser to fetch ahead: server-rendered React apps (Next.js with
 * its default script strategy) leave only such a hint in the markup and add the tag later.
 * Preconnect and dns-prefetch hints name a host without loading anything from it, so they do not count.
 */
function preloadedScripts(doc: Document): string[] {
  const addresses: string[] = [];
  for (const link of Array.from(doc.getElementsByTagName("link"))) {
    if (addresses.length >= maxScripts) break;
    const rel = ` ${(link.getAttribute("rel") ?? "").toLowerCase()} `;
    const script =
      rel.includes(" modulepreload ") || (rel.includes(" preload ") && link.getAttribute("as") === "script");
    const href = script ? link.getAttribute("href") : null;
    if (href) addresses.push(href.slice(0, maxScriptUrl));
  }
  return addresses;
}

const urlLiteral = /(?:https?:)?\/\/[a-z0-9][a-z0-9.-]*\.[a-z]{2,}(?:\/[^\s"'`<>\\]*)?/gi;

function urlLiterals(code: string): string[] {
  return (code.match(urlLiteral) ?? []).map((found) => found.slice(0, maxScriptUrl));
}

/** meta name/property → contents, names lower-cased as the engine's patterns are. */
function metaTags(doc: Document): Record<string, string[]> {
  const meta: Record<string, string[]> = {};
  for (const tag of Array.from(doc.getElementsByTagName("meta"))) {
    const name = (tag.getAttribute("name") ?? tag.getAttribute("property") ?? "").toLowerCase();
    const content = tag.getAttribute("content");
    if (!name || content === null || (meta[name]?.length ?? 0) >= maxMetaPerName) continue;
    meta[name] = [...(meta[name] ?? []), content.slice(0, maxValue)];
  }
  return meta;
}

/** Cookies a response sets, when the fetcher may see them (browsers hide Set-Cookie from fetch). */
function cookies(setCookie: string | undefined): Record<string, string[]> {
  const jar: Record<string, string[]> = {};
  // Set-Cookie lines are joined with ", " when combined; dates ("Wed, 21 Oct") make that ambiguous,
  // so only "name=value" at the start of each piece is read.
  for (const piece of (setCookie ?? "").split(/,\s*(?=[^;=\s]+=)/)) {
    const match = /^\s*([^;=\s]+)=([^;]*)/.exec(piece);
    if (match?.[1]) jar[match[1].toLowerCase()] = [(match[2] ?? "").slice(0, maxValue)];
  }
  return jar;
}
