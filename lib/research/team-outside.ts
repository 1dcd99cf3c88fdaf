import { cardOf } from "./card";
import { legalFormPattern } from "./legal";
import { isRole } from "./names";
import { memoPerPage } from "./page-memo";
import { shortText } from "./short-text";
import { isTeamPage } from "./team-context";
import { quotationBefore, spokenQuote } from "./team-quote";
import { metaContent } from "./text";

/** Names on a page that are not its team: customers quoted in testimonials, investors listed. */

/**
 * Whether the name on a card is someone outside the team: a customer quoted (see
 * `isQuotedCustomer`), or one of the people listed under a heading of customers' words or of
 * investors ("Angels" over founders of other companies). Advisors stay: they advise the company.
 */
export function isOutsideTeam(node: Element, role: string, url?: string): boolean {
  if (isQuotedCustomer(node, role, url)) return true;
  return headingTexts(node).some((text) => testimonialHeading.test(text) || investorHeading.test(text));
}

const quoteMark = /^["“”„«»‘’‚]/;
const quoteClass = /testimonial|quote|review|zitat|kundenstimme|referenz/i;

/**
 * A customer quoted on the page (a testimonial): a name in a testimonial container or a
 * blockquote's attribution whatever its role, or a name with a role at another company ("Product
 * Owner, Kestrel GmbH", "Head of IT at Kestrel") under or beside a quote. The company's own people
 * quoted on their own cards give a role without another company.
 */
function isQuotedCustomer(node: Element, role: string, url: string | undefined): boolean {
  if (node.closest("blockquote, q") || inTestimonials(node)) return true;
  // A slider sets a customer's words right before the name, often without marks or classes.
  const quote = quotationBefore(node);
  const foreign = quote !== undefined && namesOtherCompany(role, node.ownerDocument, url);
  if (quote && (foreign || (spokenQuote(quote) && !isOwnMotto(quote, node, url)))) return true;
  // "Founder & Managing Director, Kestrel" on Kestrel's own page is its founder, quoted or not.
  if (!namesOtherCompany(role, node.ownerDocument, url)) return false;
  const box = node.closest("figure, blockquote") ?? cardOf(node);
  return box.localName === "blockquote" || quoteClass.test(box.getAttribute("class") ?? "") || holdsQuote(box);
}

// A list set without a box per person is the card of every name in it: it is searched once per
// research, not once per name (a list of 5,000 advisors took 9 seconds).
const holdsQuote = memoPerPage((box: Element): boolean => {
  if (box.querySelector("blockquote, q")) return true;
  for (const paragraph of Array.from(box.getElementsByTagName("p"))) {
    if (quoteMark.test(shortText(paragraph, 2000)?.trimStart() ?? "")) return true;
  }
  return false;
});

const mottoLabel = /^(?:(?:mein|my)\s+)?motto\b/i;
// Sliders and carousels of page builders: customers' words turn in them, a team's cards seldom do.
const sliderName = /swiper|slick|carousel|slider|splide|glide|owl-/i;

/**
 * A team member's own motto on their card on the team page ("„Ich liebe gute Prozesse.“" above
 * "Projektleitung"): set in marks or called a motto, and not in a slider, where customers speak.
 */
function isOwnMotto(quote: string, node: Element, url: string | undefined): boolean {
  if (!quoteMark.test(quote) && !mottoLabel.test(quote)) return false;
  if (!isTeamPage(node.ownerDocument, url)) return false;
  let box: Element | null = node;
  for (let depth = 0; box && depth < 8 && !/^(?:body|main|html)$/.test(box.localName); depth++) {
    if (sliderName.test(box.getAttribute("class") ?? "")) return false;
    box = box.parentElement;
  }
  return true;
}

// Class or id of a testimonial container: "testimonial-card", "elementor-testimonial__name",
// "reviews-slider", "kundenstimmen". A whole word of the name, so "preview" is none.
const testimonialName =
  /(?:^|[\s_-])(?:testimonials?|reviews?|kundenstimmen?|kundenmeinungen|rezensionen|bewertungen|stimmen)(?:$|[\s_-])/i;

// Headings over customers' words: "Kundenstimmen", "What our clients say", "Testimonials".
const testimonialHeading =
  /\b(?:testimonials?|kundenstimmen|kundenmeinungen|rezensionen|bewertungen|reviews|erfahrungsberichte|what (?:our |my )?(?:customers|clients|users) (?:say|think)|was (?:unsere |meine )?kunden (?:sagen|über)|das sagen unsere kunden|stimmen unserer kunden)\b/i;

// Headings over a company's investors: "Investors", "Our angels", "Unsere Investoren".
const investorHeading =
  /^(?:(?:our|meet our|the|unsere)\s+)?(?:investors|angels|angel investors|business angels|backers|investoren|geldgeber|kapitalgeber)$/i;

/**
 * The heading over the list around the name: the first heading found before one of the few boxes
 * around it (the list's other items passed over), with the labels of its header block
 * ("Testimonials" over "Trusted by fleet operators").
 */
function headingTexts(node: Element): string[] {
  let box: Element | null = node;
  for (let depth = 0; box && depth < 7 && !/^(?:body|main|html)$/.test(box.localName); depth++) {
    const before = siblingBefore(box);
    const heading = before && (/^h[1-4]$/.test(before.localName) ? before : before.querySelector("h1, h2, h3, h4"));
    // A long block before the list is another section (its own heading tells of itself), not the list's header.
    if (before && heading && heading !== before && (shortText(before, 200)?.length ?? 201) > 200) return [];
    if (before && heading) {
      const texts = [heading, ...Array.from(before.children)].map((element) => shortText(element, 120) ?? "");
      return texts.map((text) => text.replace(/\s*:$/, ""));
    }
    box = box.parentElement;
  }
  return [];
}

// Per list, the answer for each item: every item of a list of thousands has the same one.
const beforeInList = memoPerPage((_list: Element) => new Map<Element, Element | null>());

/**
 * The nearest sibling before the box that is neither one of its twins (the list's other items) nor
 * empty. A twin asked before gives its answer, so a list is walked once, not once per item.
 */
function siblingBefore(box: Element): Element | null {
  const known = box.parentElement ? beforeInList(box.parentElement) : new Map<Element, Element | null>();
  const twins = [box];
  let found: Element | null = null;
  for (let before = box.previousElementSibling; before; before = before.previousElementSibling) {
    if (sameMarkup(before, box)) {
      const answer = known.get(before);
      if (answer !== undefined) {
        found = answer;
        break;
      }
      twins.push(before);
    } else if (shortText(before, 0) !== "") {
      found = before;
      break;
    }
  }
  for (const twin of twins) known.set(twin, found);
  return found;
}

function sameMarkup(a: Element, b: Element): boolean {
  return a.localName === b.localName && a.getAttribute("class") === b.getAttribute("class");
}

/** Whether one of the few boxes around the name is a testimonial container. */
function inTestimonials(node: Element): boolean {
  let box: Element | null = node;
  for (let depth = 0; box && depth < 8 && !/^(?:body|main|html)$/.test(box.localName); depth++) {
    if (testimonialName.test(`${box.getAttribute("class") ?? ""} ${box.id}`)) return true;
    box = box.parentElement;
  }
  return false;
}

// "CEO of Kestrel", "Founder of Kestrel": "of" names an employer after the top roles only ("Head of Sales" is a role).
const employerSplit = /\s*,\s*|\s+(?:at|bei|@)\s+|(?<=\b(?:ceo|cto|coo|cfo|founder|owner|president|partner))\s+of\s+/i;

/** "Product Owner, Kestrel", "CTO at Kestrel", "Leiterin Einkauf bei Kestrel": the employers a role names after it. */
function employersIn(role: string): string[] {
  const [, ...rest] = role.split(employerSplit);
  const named = rest.filter((part) => !isRole(part));
  // "Einkauf, Kestrel Bau GmbH" and "Kestrel GmbH" alone name one by its legal form.
  return named.length || !legalFormPattern.test(role) ? named : [role];
}

/**
 * Whether the role names a company other than the page's own ("CTO at Kestrel" on Kestrel's
 * site is its own CTO): the employer's first word is in neither the site's address nor its title.
 */
function namesOtherCompany(role: string, doc: Document, url: string | undefined): boolean {
  const employers = employersIn(role);
  if (employers.length === 0) return false;
  // The meta tags are indexed once per research: every card of a long list asks.
  const site = `${url ?? ""} ${doc.title} ${metaContent(doc, "og:site_name") ?? ""}`.toLowerCase();
  return employers.some((employer) => {
    const word = /\p{L}{3,}/u.exec(employer.toLowerCase())?.[0];
    return word !== undefined && !/^(?:uns|us)$/.test(word) && !site.includes(word);
  });
}
