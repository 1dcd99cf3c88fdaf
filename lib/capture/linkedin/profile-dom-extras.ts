/**
 * Activity snippets and the contact-info overlay, read by visible text. Contact details are
 * only read on the overlay's own address: the profile page never shows them, and anything
 * that looks like one there belongs to a post or someone else.
 */
import type { Activity, Contact } from "../../model";
import { textLines } from "../dom";
import { parseShownAge } from "./parse";
import { cleanText, decodeSafe } from "./profile-draft";
import { isControl, sectionBody } from "./profile-sections";
import { profileSelectors, sectionLabels } from "./profile-selectors";

const maxActivities = 10;

/** Posts of the activity card (or of the whole /recent-activity/ view): snippet, shown age, link. */
export function readActivity(container: Element, now: number): Activity[] | undefined {
  // Ten posts fit in far fewer lines; the cap keeps a long /recent-activity/ feed cheap.
  const lines = sectionBody(container, 600);
  const activities: Activity[] = [];
  for (const [index, line] of lines.entries()) {
    const age = parseShownAge(line.text);
    if (!age) continue;
    const snippet = lines.slice(index + 1, index + 5).find((next) => isPostText(next.text));
    const text = snippet ? cleanText(snippet.text.slice(0, 500), 500) : undefined;
    if (!text || activities.some((activity) => activity.text === text)) continue;
    activities.push({ text, shownAge: age.shown, postedAt: Math.max(0, now - age.ms), url: postUrl(line.node) });
    if (activities.length >= maxActivities) break;
  }
  return activities.length ? activities : undefined;
}

/** The screen-reader form of a post's age ("6 months ago • Visible to anyone", "vor 6 Monaten"). */
const spokenAge = /^(?:\d+\s+\p{L}+\s+ago\b|vor\s+\d+\s+\p{L}+)/iu;

function isPostText(text: string): boolean {
  return text.length >= 25 && !isControl(text) && !parseShownAge(text) && !spokenAge.test(text);
}

/** The post link nearest to the age line: climbs a few levels to the post's container. */
function postUrl(node: Element): string | undefined {
  let at: Element | null = node;
  for (let depth = 0; at && depth < 10; depth++, at = at.parentElement) {
    const href = at.querySelector(profileSelectors.postLink)?.getAttribute("href");
    if (href) {
      try {
        const url = new URL(href, "https://www.linkedin.com/");
        return `${url.origin}${url.pathname}`;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i;
const phonePattern = /^\+?[\d\s()./-]{6,24}\d(?:\s*\([^)]{1,20}\))?$/;

/** Emails, phones and websites of the contact-info overlay. */
export function readContact(doc: Document): Contact | undefined {
  const overlay = contactOverlay(doc);
  if (!overlay) return undefined;
  const emails = new Set<string>();
  const phones = new Set<string>();
  const websites = new Set<string>();
  for (const link of Array.from(overlay.querySelectorAll("a[href]"))) {
    const href = link.getAttribute("href") ?? "";
    if (/^mailto:/i.test(href)) emails.add(decodeSafe(href.slice(7).split("?")[0] ?? "").trim());
    else if (/^tel:/i.test(href)) phones.add(decodeSafe(href.slice(4)).trim());
    else {
      const site = websiteOf(href);
      if (site) websites.add(site);
    }
  }
  for (const { text } of textLines(overlay)) {
    if (emailPattern.test(text)) emails.add(text);
    else if (phonePattern.test(text)) phones.add(text.replace(/\s*\([^)]*\)$/, ""));
  }
  const contact = { emails: [...emails].filter(Boolean), phones: [...phones].filter(Boolean), websites: [...websites] };
  return contact.emails.length || contact.phones.length || contact.websites.length ? contact : undefined;
}

function contactOverlay(doc: Document): Element | undefined {
  for (const selector of profileSelectors.contactOverlay) {
    for (const candidate of Array.from(doc.querySelectorAll(selector))) {
      const heading = candidate.querySelector("h1, h2, h3");
      const title = heading ? textLines(heading)[0]?.text.toLowerCase() : undefined;
      if (title && (sectionLabels.contact as readonly string[]).includes(title)) return candidate;
    }
  }
  return undefined;
}

/** An external website: LinkedIn's redirect links are unwrapped, LinkedIn's own pages are not websites. */
function websiteOf(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, "https://www.linkedin.com/");
  } catch {
    return undefined;
  }
  const wrapped = url.hostname.endsWith("linkedin.com") ? url.searchParams.get("url") : null;
  if (wrapped) return websiteOf(wrapped);
  if (!/^https?:$/.test(url.protocol) || url.hostname.endsWith("linkedin.com")) return undefined;
  return url.href.length <= 2_000 ? url.href : undefined;
}
