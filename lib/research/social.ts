import { canonicalCompanyUrl } from "../pages";
import { isOrganization, ldObjects, ldTexts } from "./jsonld";
import type { SocialLinks } from "./types";
import { linkUrl } from "./url";

/** Company social profiles from links and JSON-LD sameAs; share buttons are not profiles. */

const shareLink = /\/(sharer|share|intent|shareArticle|sharing)\b|[?&](url|u)=/i;

type Network = keyof SocialLinks;

// The hosts of the networks below, as `networkProfile` reads them (without "www." or a language).
const networkHosts = new Set([
  "linkedin.com",
  "twitter.com",
  "x.com",
  "github.com",
  "xing.com",
  "facebook.com",
  "instagram.com",
  "youtube.com",
]);

/**
 * False when an address surely leads to none of the networks: it names none of their hosts, and
 * nothing in it (an escape, a character outside ASCII, a line break) could spell one once parsed.
 * A relative address counts as the page's own host, checked once for the page.
 */
function mayNameNetwork(href: string): boolean {
  return networkName.test(href) || /[^\x21-\x7e]|%/.test(href);
}

const networkName = new RegExp([...networkHosts].map((host) => host.replace(".", "\\.")).join("|"), "i");

function networkProfile(url: URL): [Network, string] | undefined {
  const host = url.hostname.replace(/^(www|[a-z]{2})\./, "");
  // Most links of a page lead elsewhere: they are ruled out before their path is read.
  if (!networkHosts.has(host)) return undefined;
  const first = url.pathname.split("/").filter(Boolean)[0] ?? "";
  if (host === "linkedin.com") {
    // Sites link any tab of their page ("/company/<slug>/mycompany/"); the page is the part before it.
    const slug = /^\/company\/[^/]+/i.exec(url.pathname)?.[0];
    const company = slug && canonicalCompanyUrl(`https://www.linkedin.com${slug}/`);
    return company ? ["linkedin", company] : undefined;
  }
  if (!first) return undefined;
  const base = `https://${host}/${first}`;
  if (host === "twitter.com" || host === "x.com") return first === "home" ? undefined : ["x", `https://x.com/${first}`];
  if (host === "github.com") return ["github", base];
  if (host === "xing.com")
    return /^(pages|companies)$/.test(first) ? ["xing", url.href.split("?")[0] ?? base] : undefined;
  // A page without a name of its own is known by its number: "profile.php?id=1000…".
  if (host === "facebook.com") return ["facebook", first === "profile.php" ? facebookProfile(url) : base];
  if (host === "instagram.com") return ["instagram", base];
  if (host === "youtube.com") return ["youtube", url.href.split("?")[0] ?? base];
  return undefined;
}

function facebookProfile(url: URL): string {
  const id = url.searchParams.get("id");
  return `https://facebook.com/profile.php${id ? `?id=${encodeURIComponent(id)}` : ""}`;
}

export function extractSocialLinks(doc: Document, url: string): SocialLinks {
  const sameAs = ldObjects(doc)
    .filter(isOrganization)
    .flatMap((org) => ldTexts(org.sameAs));
  // Footer and header links name the site's own profiles; links in articles may name others,
  // so they are read first (one selector list would return every link in document order).
  const anchors = [
    ...Array.from(doc.querySelectorAll("footer a[href], header a[href]")),
    ...Array.from(doc.querySelectorAll("a[href]")),
  ];
  const hrefs = [...sameAs, ...anchors.map((anchor) => anchor.getAttribute("href") ?? "")];
  const onNetwork = mayNameNetwork(url);
  const links: SocialLinks = {};
  for (const href of hrefs) {
    if ((!onNetwork && !mayNameNetwork(href)) || shareLink.test(href)) continue;
    const parsed = linkUrl(doc, href, url);
    const profile = parsed && networkProfile(parsed);
    if (profile && !links[profile[0]]) links[profile[0]] = profile[1];
  }
  return links;
}
