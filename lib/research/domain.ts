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

/**
 * Hosts that give each customer a site of its own under their domain ("kranich.github.io",
 * "kranich-robotik.vercel.app"): there the site, and the company, is the name in front. Read as one
 * domain, every company hosted there would share one research record and link into each other's sites.
 */
const hostingSuffixes = new Set([
  "azurewebsites.net",
  "blogspot.com",
  "carrd.co",
  "firebaseapp.com",
  "fly.dev",
  "framer.ai",
  "framer.app",
  "framer.website",
  "github.io",
  "gitlab.io",
  "glitch.me",
  "herokuapp.com",
  "jimdosite.com",
  "myshopify.com",
  "netlify.app",
  "notion.site",
  "onrender.com",
  "pages.dev",
  "squarespace.com",
  "surge.sh",
  "vercel.app",
  "web.app",
  "webflow.io",
  "wixsite.com",
  "wordpress.com",
  "workers.dev",
]);

/** "www.nordlicht.co.uk" → "nordlicht.co.uk"; IP addresses and single labels stay as they are. */
export function registrableDomain(urlOrHost: string | URL): string | undefined {
  const host = hostOf(urlOrHost);
  if (!host) return undefined;
  if (/^[\d.]+$/.test(host) || host.includes(":") || !host.includes(".")) return host;
  const labels = host.split(".");
  const lastTwo = labels.slice(-2).join(".");
  const take = multiPartSuffixes.has(lastTwo) ? 3 : 2;
  // A hosted site drops a leading "www." like any other ("www.kranich.webflow.io").
  const named = hostingSuffixes.has(lastTwo) && labels.length > 2 && labels[labels.length - 3] !== "www";
  return labels.slice(named ? -3 : -take).join(".");
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
