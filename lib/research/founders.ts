import { registrableDomain } from "./domain";
import { isPersonName } from "./names";
import { joinedLines } from "./text";
import type { SitePerson } from "./types";

/**
 * Founders an about page names in a sentence rather than on a card: "founded in 2016 by Anna Berg
 * and Jonas Weber", "wurde 2016 von Anna Berg und Jonas Weber gegründet", "gegründet von Anna Berg".
 * Founders are the decision makers a user looks for first. In the company's own prose (`ownProse`:
 * its home or about page) a clear list of names counts at its first mention.
 */
export function foundersInProse(lines: readonly string[], ownProse = false): SitePerson[] {
  const text = joinedLines(lines);
  // One native search rules out the many pages that name no founding at all.
  if (!founding.test(text)) return [];
  const names = new Set<string>();
  const twice = new Map<string, boolean>();
  const mentionedTwice = (name: string) => {
    const known = twice.get(name);
    if (known !== undefined) return known;
    const first = text.indexOf(name);
    const found = first >= 0 && text.indexOf(name, first + name.length) >= 0;
    twice.set(name, found);
    return found;
  };
  for (const [pattern, needsMention] of foundedBy) {
    let phrases = 0;
    for (const match of text.matchAll(pattern)) {
      // Each name's second mention is a search of the whole text: a page of thousands of founding phrases
      // would search it thousands of times. The first few phrases tell the founding.
      if (++phrases > maxPhrases || names.size >= maxFounders) break;
      const clear = needsMention && ownProse ? clearList(match[1] ?? "") : [];
      for (const name of namesIn(match[1] ?? "")) {
        if (!needsMention || clear.includes(name) || mentionedTwice(name)) names.add(name);
      }
    }
  }
  for (const match of text.matchAll(titledFounders)) for (const name of wholeList(match[1] ?? "")) names.add(name);
  const role = names.size > 1 ? "Co-founder" : "Founder";
  return [...names].slice(0, maxFounders).map((name) => ({ name, role, source: "prose" }));
}

const founding = /\b(?:founded|co-founded|gegründet)\b|founder|gründer/i;

// "Die Gründer Jonas Weber und Lea Brandt haben …", "our co-founders Anna Berg and Tom Li": the
// founders' title, after an article or a possessive ("das Gründer Netzwerk" is no person), right
// before their names. German capitalises nouns, so every part of the list must be a name and the
// list must end the phrase (a lowercase word, punctuation or the line's end).
const titledFounders = new RegExp(
  `(?:^|[.!?:]\\s+|\\b(?:[Dd]ie|[Dd]er|[Dd]en|[Uu]nser(?:e|er|en)?|[Ii]hr(?:e|en)?|[Oo]ur|[Tt]he|[Ii]ts)\\s+)` +
    `(?:[Cc]o-|[Mm]it)?(?:[Gg]ründer(?:in|innen|n)?|[Ff]ounders?)` +
    `(?:\\s+(?:und|and|&)\\s+(?:Geschäftsführer(?:in)?|Vorstand|CEO|CTO|COO))?` +
    `\\s+((?:[\\p{Lu}][\\p{L}'’.-]*|von|van|de|der|zu|und|and|&|,|\\s)+?)` +
    `(?=\\s+(?!(?:und|and|von|van|de|der|zu)\\b)\\p{Ll}|\\s*[.;:!?()–—]|\\s*$)`,
  "gmu",
);

// The list of names after "founded by" or between "von" and "gegründet", within one sentence and
// line ("Dr." and "Prof." end no sentence). German capitalises its nouns ("von Freien Radios
// gegründet"), so there a name counts only when the page mentions it again (a card, a footer).
const foundedBy: readonly (readonly [RegExp, boolean])[] = [
  [/\b(?:co-)?founded (?:in \d{4} )?by ((?:(?:Dr|Prof|Mr|Mrs|Ms)\.|[^.;:!?\n]){4,160})/gi, false],
  [/\bgegründet (?:\d{4} )?von ((?:(?:Dr|Prof)\.|[^.;:!?\n]){4,160})/gi, true],
  // The last "von" before "gegründet": "Die Software von Kestrel wurde von Anna Berg gegründet".
  [/\bvon ((?:(?:Dr|Prof)\.|(?!\bvon\b)[^.;:!?\n]){4,160}?) (?:\d{4} )?gegründet\b/gi, true],
];

// German adjectives before a plural noun end so ("von Freien Radios", "von Kleinen Betrieben"),
// given names hardly ever; and public bodies found companies too ("von Stadt Kassel und Land Hessen").
const inflected = /(?:ien|inen|enen|alen|ellen|iven|aten|ischen|lichen|igen|ßen)$/;
const body =
  /^(?:Stadt|Land|Landkreis|Kreis|Bund|Gemeinde|Verein|Verband|Stiftung|Kammer|Universität|Hochschule|Institut)\b/;

/**
 * The names of a founding phrase that read clearly as people without a second mention: a list of
 * two or more names, or one with a title ("Dr. Anna Berg"), ending the list or followed by more of
 * the sentence in lowercase ("…, heute 40 Leute in Kassel").
 */
function clearList(list: string): string[] {
  const names: string[] = [];
  for (const raw of list.split(/\s*,\s*(?:(?:and|und)\s+)?|\s+(?:and|und|&)\s+/)) {
    const part = raw.trim();
    const name = leadingName(part);
    if (!name) {
      if (/^\p{Lu}/u.test(part)) return [];
      break;
    }
    names.push(name);
    if (part !== name) break;
  }
  const plain = names.map((name) => name.replace(/^(?:(?:Dr|Prof)\.\s*)+/, ""));
  if (plain.some((name) => body.test(name) || inflected.test(name.split(" ")[0] ?? ""))) return [];
  return names.length >= 2 || (names.length === 1 && plain[0] !== names[0]) ? names : [];
}

// A sentence rarely names more founders than this; a longer list is something else (a jury, a board).
const maxFounders = 5;
// Founding phrases read per wording; more on one page are a list of something else (a directory, a history of many firms).
const maxPhrases = 50;

/** The names of a list that is names only ("Jonas Weber und Lea Brandt"), else none. */
function wholeList(list: string): string[] {
  const parts = list
    .trim()
    .replace(/[.,]+$/, "")
    .split(/\s*,\s*(?:(?:and|und)\s+)?|\s+(?:and|und|&)\s+/);
  const names = parts.filter((part) => isPersonName(part) && leadingName(part) === part);
  return names.length === parts.length ? names.slice(0, maxFounders) : [];
}

/** "Anna Berg, Tom Li and Dr. Jonas Weber in Hamburg" → the three names; parts that are no name are left out. */
function namesIn(list: string): string[] {
  return list.split(/\s*,\s*(?:(?:and|und)\s+)?|\s+(?:and|und|&)\s+/).flatMap((part) => {
    const name = leadingName(part.trim());
    return name ? [name] : [];
  });
}

/** The capitalised words a part opens with, if they are a person's name ("Jonas Weber in Hamburg" → "Jonas Weber"). */
function leadingName(part: string): string | undefined {
  // A salutation is no part of the name: "founded by Mr. Jonas Weber".
  const words = part.replace(/^(?:Mr|Mrs|Ms)\.\s+/, "").split(/\s+/);
  const end = words.findIndex((word) => !/^(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|den|zu)$/u.test(word));
  const name = words.slice(0, end < 0 ? words.length : end).join(" ");
  return isPersonName(name) ? name : undefined;
}

// A sentence of the company's founding: its subject comes first, the founding after it.
const foundingWord = /\b(?:co-)?founded\b|\bgegründet\b|\bvon\s/i;

/**
 * The sentences of other pages (a press release, a blog post) that tell of the company's own
 * founding: the site's name ("kestrel" of kestrel-labs.io) opens the sentence, before the founding
 * ("Kestrel Labs was founded in 2019 by …", "Die Kestrel GmbH wurde 2019 von … gegründet").
 */
export function ownFounding(lines: readonly string[], url: string): string[] {
  const brand = registrableDomain(url)?.split(".")[0]?.split("-")[0]?.toLowerCase();
  if (!brand || brand.length < 3) return [];
  const sentences: string[] = [];
  for (const line of lines) {
    if (!founding.test(line) || !line.toLowerCase().includes(brand)) continue;
    for (const sentence of line.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const at = sentence.toLowerCase().indexOf(brand);
      const founded = foundingWord.exec(sentence)?.index ?? -1;
      if (at >= 0 && at < 40 && at < founded) sentences.push(sentence);
    }
  }
  return sentences;
}
