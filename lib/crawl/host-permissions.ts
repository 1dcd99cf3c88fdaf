import { parseUrl } from "../research/url";

/**
 * Host permissions as Chrome reports them (`permissions.getAll().origins`): match
 * patterns such as "https://*.jobs.personio.de/*", "*://example.com/*" or "<all_urls>".
 * The offscreen document cannot ask Chrome itself, so it judges addresses with these.
 */

/** The permission that covers one site's origin, as requested from the user. */
export function originPattern(url: string | URL): string {
  return `${new URL(url).origin}/*`;
}

/** True when one of the granted patterns covers the address; malformed patterns cover nothing. */
export function isCoveredBy(url: string, patterns: readonly string[]): boolean {
  const target = parseUrl(url);
  if (!target || !/^https?:$/.test(target.protocol)) return false;
  return patterns.some((pattern) => matches(target, pattern));
}

// scheme://host[:port]/path, the host optionally "*" or starting with "*."
const patternShape = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(?::(\*|\d+))?(\/.*)$/;

function matches(target: URL, pattern: string): boolean {
  if (pattern === "<all_urls>") return true;
  const parts = patternShape.exec(pattern);
  if (!parts) return false;
  const [, scheme, host = "", port, path = ""] = parts;
  return (
    (scheme === "*" || `${scheme}:` === target.protocol) &&
    hostMatches(target.hostname, host.toLowerCase()) &&
    (port === undefined || port === "*" || port === effectivePort(target)) &&
    globToRegExp(path).test(target.pathname + target.search)
  );
}

function hostMatches(hostname: string, host: string): boolean {
  if (host === "*") return true;
  if (!host.startsWith("*.")) return hostname === host;
  const parent = host.slice(2);
  return hostname === parent || hostname.endsWith(`.${parent}`);
}

function effectivePort(target: URL): string {
  return target.port || (target.protocol === "https:" ? "443" : "80");
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`);
}
