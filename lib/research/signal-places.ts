import { marketNamed } from "./signal-markets";

/**
 * Whether the words after "launched in", "brings … to", "kommt nach" or "expands into" name a place.
 * Known markets always do; another capitalised name does when the words around it tell a place rather
 * than a language, a time, a store, a product it runs in ("available in Notion") or a German noun.
 */

// Times, stages, stores and languages: "available in the App Store", "in German", "in Beta".
export const notAPlace =
  /^(?:Q\d|Kürze|Zukunft|Beta|Alpha|Preview|Early|Version|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December|Spring|Summer|Fall|Autumn|Winter|Frühjahr|Sommer|Herbst|App|Apps|Apple|Google|Play|Chrome|Firefox|Safari|Microsoft|Slack|Teams|English|German|French|Spanish|Italian|Dutch|Portuguese|Polish|Japanese|Chinese|Deutsch|Englisch|Französisch|Spanisch|Italienisch|Niederländisch|Dark|Light|Pro|Free|All|Every|Our|Your)$/;

// Products a feature comes to, business words and German nouns that follow "to" or "nach" as a place would.
const notANewPlace =
  /^(?:Notion|Zoom|Figma|Jira|Confluence|Salesforce|Shopify|Zapier|Excel|Outlook|Gmail|Word|Sheets|Docs|Drive|Android|Windows|Linux|Mac|Discord|Telegram|WhatsApp|Store|Web|Cloud|Marketplace|Mobile|Desktop|Sales|Marketing|Finance|Enterprise|Payments|Production|Private|Public|Open|Market|Hause|Ende|Beginn|Start|Abschluss|Ablauf|Zeit|Zusammenarbeit|Kooperation|Runde|Phase|Stufe)$|(?:ung|heit|keit|schaft|tion|tät|nis|ismus)$/u;

// A name as a sentence in prose spells a place: a capital and small letters, one or two words ("Costa Rica").
const capitalised = /^\s*(?:the |die |der |den )?(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?: (\p{Lu}\p{Ll}+))?/u;

// After a place the phrase ends, or goes on with a list, a time or a clause; "Salesforce users" names a product's users.
const afterPlace =
  /^(?:$|[,.;:!?)–—-]|\s+(?:and|und|&|or|oder|with|mit|from|ab|as|this|today|heute|now|jetzt|starting|after|for|für|through|via|by|on|at|in|im|am|too|auch|next|last|soon|within|to|zu|where|wo|while|während|following|thanks|dank|–|—|-)(?![\p{L}]))/iu;

// Words that tell a place: a market, country or city, or the people living there.
const placeContext =
  /\b(?:markets?|countr(?:y|ies)|regions?|cit(?:y|ies)|states?|local(?:ly)?|residents|citizens|nationwide|currenc(?:y|ies)|märkte?n?|landesweit|länder\p{L}*|städte\p{L}*|stadt)\b/iu;

/**
 * The place named at the start of `rest`: a known market, else a capitalised name ending the phrase.
 * Headlines capitalise every word ("Brings AI to Sales Teams"): there only known markets count.
 * A name where a product may stand as well ("available in X") also needs words of a place around it.
 */
export function placeAt(rest: string, sentence: string, options: { headline: boolean; host: boolean }): boolean {
  if (marketNamed(rest)) return true;
  if (options.headline) return false;
  const match = capitalised.exec(rest);
  const words = match ? [match[1], match[2]].filter((word): word is string => word !== undefined) : [];
  if (!match || words.some((word) => notAPlace.test(word) || notANewPlace.test(word))) return false;
  const after = rest.slice(match[0].length);
  if (!afterPlace.test(after)) return false;
  return !options.host || placeContext.test(sentence) || placeShape.test(words.join(" ")) || listedPlace(after);
}

// Endings of country, region and city names: "Estonia", "Slowenien", "Finland", "Kazakhstan", "Luxembourg".
const placeShape = /(?:ia|ien|land|stan|burg|bourg|berg|furt|heim|ville|grad)$/u;

/** "Lyon and Marseille": a second name that is no product, language or time either. */
function listedPlace(after: string): boolean {
  const next = /^,?\s+(?:and|und|&|or|oder)\s+(?:the |die |der )?(\p{Lu}\p{Ll}+)(?![\p{L}\d-])/u.exec(after)?.[1];
  return next !== undefined && !notAPlace.test(next) && !notANewPlace.test(next);
}

/** Whether the words found ("Brings", "Available") are capitalised mid-sentence, as a headline spells them. */
export function headlineCase(sentence: string, at: number): boolean {
  return at > 0 && /^\p{Lu}/u.test(sentence.slice(at).replace(/^[^\p{L}]+/u, ""));
}

// "launched in Spain" is a market, "launched in March" or "in beta" is not.
const placeAfterIn =
  /\b(?:[Ll]ive|[Ll]aunch(?:es|ed)?|[Aa]vailable|[Ll]anded|[Oo]ut|[Aa]rrive[sd]|[Dd]ebut(?:s|ed)?|(?:[Ss]tartet|[Ss]tartete|gestartet)(?: (?:jetzt|nun|auch|offiziell|ab sofort|erfolgreich)){0,3}) in (?:the |die |der )?(\p{Lu}[\p{L}-]+|\p{Lu}\.(?:\p{Lu}\.)+)/u;

/** "the UK …", "Spain …", "der Schweiz": a capitalised word after "in" that is no time, stage or store. */
export function placeWord(text: string): boolean {
  const place = /^(?:the |die |der )?(\p{Lu}[\p{L}-]+|\p{Lu}\.(?:\p{Lu}\.)+)/u.exec(text)?.[1];
  return place !== undefined && !notAPlace.test(place) && !notANewPlace.test(place);
}

/** "launched in Spain", "startet in Österreich" are told as a new market only, not as a launch as well. */
export function marketLaunch(sentence: string): boolean {
  const match = placeAfterIn.exec(sentence);
  const place = match?.[1];
  if (!match || place === undefined || notAPlace.test(place)) return false;
  if (!/^(?:available|live)\b/i.test(match[0])) return true;
  const rest = sentence.slice(match.index + match[0].lastIndexOf(" in ") + 4);
  return placeAt(rest, sentence, { headline: headlineCase(sentence, match.index), host: true });
}

// "expands to Spain", "expands to 12 countries"; "expands to include payroll" or "to 50 people" is no market.
export function expandsTo(rest: string): boolean {
  const place = /^\s*(?:the\s+)?(\p{Lu}[\p{L}.-]*)/u.exec(rest)?.[1];
  if (place) return !notAPlace.test(place);
  return /^\s*\d+\s+(?:new\s+|more\s+|other\s+)?(?:countries|markets|cities|regions|states|länder)\b/i.test(rest);
}

const unnamedMarkets =
  /^\s*(?:(?:new|other|more|further|additional|international|global|adjacent|emerging)\s+)+(?:markets?|regions?|countries|territories|geographies|verticals|industries|segments)\b/i;
// "the Australian market", "the US and Canadian markets": a market named by its country.
const namedMarket = /^\s*(?:the )?\p{Lu}[\p{L}.-]*(?:(?:,| and| &| und) \p{Lu}[\p{L}.-]*){0,2} markets?\b/u;

/**
 * "expands into Spain" or "into the Nordic market" names a market; "into new markets" is a goal, and
 * "into healthcare", "into new use cases" or "into Payments" a line of business.
 */
export function expandsInto(rest: string, sentence: string, headline: boolean): boolean {
  if (unnamedMarkets.test(rest)) return false;
  if (expandsTo(rest) && /^\s*\d/.test(rest)) return true;
  return namedMarket.test(rest) || placeAt(rest, sentence, { headline, host: false });
}

// "based out of Kestrel's new London office" names a place; "our new sales office" does not.
export function officeNamed(words: string): boolean {
  const place = words
    .slice(words.toLowerCase().lastIndexOf(" new ") + 5)
    .split(" ")
    .slice(0, -1);
  return place.every((word) => /^\p{Lu}/u.test(word) && !notAPlace.test(word));
}

export function regionNamed(text: string): boolean {
  const word = /^[^\s,.;:!?]+/.exec(text)?.[0] ?? "";
  return /^\p{Lu}/u.test(word) && !notAPlace.test(word);
}
