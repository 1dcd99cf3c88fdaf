import { toUrl } from "../pages";

/**
 * Registrable domain ("eTLD+1") without the full public suffix list: a short list of
 * multi-part suffixes covers the markets the product serves; anything else is one label.
 */
const multiPartSuffixes = new Set([
  "co.uk",
  "org.uk",
  "ac.uk",
  "gov.uk",
  "ltd.uk",
  "plc.uk",
  "me.uk",
  "com.au",
  "net.au",
  "org.au",
  "edu.au",
  "gov.au",
  "co.at",
  "or.at",
  "ac.at",
  "gv.at",
  "co.nz",
  "org.nz",
  "co.jp",
  "ne.jp",
  "or.jp",
  "co.za",
  "co.il",
  "co.in",
  "co.kr",
  "com.br",
  "com.mx",
  "com.ar",
  "com.tr",
  "com.sg",
  "com.cn",
  "com.hk",
  "com.tw",
  "com.pl",
  "com.es",
]);

/** "www.nordlicht.co.uk" → "nordlicht.co.uk"; IP addresses and single labels stay as they are. */
export function registrableDomain(urlOrHost: string | URL): string | undefined {
  const host = hostOf(urlOrHost);
  if (!host) return undefined;
  if (/^[\d.]+$/.test(host) || host.includes(":") || !host.includes(".")) return host;
  const labels = host.split(".");
  const lastTwo = labels.slice(-2).join(".");
  const take = multiPartSuffixes.has(lastTwo) ? 3 : 2;
  return labels.slice(-take).join(".");
}

/** True when both addresses belong to the same registrable domain. */
export function sameSite(a: string | URL, b: string | URL): boolean {
  const first = registrableDomain(a);
  return first !== undefined && first === registrableDomain(b);
}

function hostOf(urlOrHost: string | URL): string | undefined {
  if (urlOrHost instanceof URL) return urlOrHost.hostname.toLowerCase();
  const trimmed = urlOrHost.trim().toLowerCase();
  if (!trimmed) return undefined;
  if (!trimmed.includes("/")) return trimmed.replace(/\.$/, "");
  return toUrl(trimmed)?.hostname;
}
