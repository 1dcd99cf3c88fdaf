import { isPersonName, isRole } from "./names";

/**
 * A person named as an investor with a description before the name: "Fußball-Weltmeister Jonas Brandt",
 * "CEO of Harbor Tim Roth", "Serial Entrepreneur Mara Feld". The description tells who the person is; the
 * investor is the person.
 */

// Words describing a person rather than naming one: a fame, a trade or a past. Compounds end in them.
const describing =
  /(?:angel|entrepreneur|unternehmer\p{L}*|gründer\p{L}*|weltmeister\p{L}*|olympi\p{L}*|meister\p{L}*|sieger\p{L}*|star|legend|legende|profi\p{L}*|spieler\p{L}*|player|athlet\p{L}*|athlete|sänger\p{L}*|singer|schauspieler\p{L}*|actor|actress|moderator\p{L}*|host|musiker\p{L}*|musician|rapper|autor\p{L}*|author|influencer\p{L}*|youtuber\p{L}*|investor\p{L}*|serial|former|ehemalig\p{L}*|trainer\p{L}*|coach)$/iu;

/** The person's name when the name found opens with a description of them; otherwise the name as found. */
export function withoutPersonDescription(name: string | undefined): string | undefined {
  const words = name?.split(/\s+/) ?? [];
  // Most investors are firms of one to three words: only longer names, or a compound first word, may carry a description.
  if (words.length < 3) return name;
  for (let size = Math.min(4, words.length - 1); size >= 2; size--) {
    const person = words.slice(-size).join(" ");
    const before = words.slice(0, -size);
    if (!describing.test(words.at(-size) ?? "") && isPersonName(person) && describes(before)) return person;
  }
  return name;
}

function describes(words: readonly string[]): boolean {
  const last = words.at(-1) ?? "";
  // "Fußball-Weltmeister", "Ex-Nationalspieler": a compound title right before the name.
  if (/^\p{L}+(?:-\p{L}+)+$/u.test(last) || describing.test(last) || isRole(last)) return true;
  // "CEO of Harbor": a role held at a company named before the person.
  const text = words.join(" ");
  return /\s(?:of|at|bei|von)\s+\S+$/.test(text) && isRole(text);
}
