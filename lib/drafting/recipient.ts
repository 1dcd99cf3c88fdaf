/** Who to send to: the captured address, or guesses from the company domain, clearly unverified. */
import { parseName } from "./names";

export interface RecipientOption {
  address: string;
  source: "captured" | "pattern";
  /** True for every pattern: a guess that nothing here checked (no mailbox lookups, ever). */
  unverified: boolean;
  /** "first.last", "f.last" … for patterns. */
  pattern?: string;
}

export interface RecipientInput {
  capturedEmails?: readonly string[];
  name: string;
  /** Company domain or website URL. */
  domain?: string;
  firstName?: string;
  lastName?: string;
}

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[a-z]{2,}$/i;
const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", æ: "ae", ø: "oe", å: "aa" };

/** "Müller" → "mueller", "José" → "jose", "O'Neil" → "oneil": what mail servers usually accept. */
export function mailLocalPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßæøå]/g, (char) => TRANSLITERATION[char] ?? char)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]/g, "");
}

/** "https://www.nordwind.example/de" → "nordwind.example". */
export function domainOf(value: string): string | undefined {
  const host =
    value
      .trim()
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, "")
      .split(/[/?#:]/)[0] ?? "";
  const domain = host.replace(/^www\./, "");
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : undefined;
}

function patternsFor(first: string, familyParts: string[]): [string, string][] {
  const f = first.charAt(0);
  // With particles ("von der Heide") both the joined family name and its core are in use.
  const families = [...new Set([familyParts.join(""), familyParts.at(-1) ?? ""])];
  return families.flatMap((last): [string, string][] => [
    ["first.last", `${first}.${last}`],
    ["f.last", `${f}.${last}`],
    ["first", first],
    ["firstlast", `${first}${last}`],
    ["flast", `${f}${last}`],
    ["last", last],
  ]);
}

export function recipientOptions(input: RecipientInput): RecipientOption[] {
  const captured = (input.capturedEmails ?? []).map((email) => email.trim()).filter((email) => EMAIL.test(email));
  if (captured.length > 0) return captured.map((address) => ({ address, source: "captured", unverified: false }));
  const domain = input.domain && domainOf(input.domain);
  const parsed = parseName(input.name);
  const first = mailLocalPart((input.firstName ?? parsed.given ?? "").split(/\s+/)[0] ?? "");
  const familyParts = (input.lastName ?? parsed.family ?? "")
    .split(/[\s-]+/)
    .map(mailLocalPart)
    .filter(Boolean);
  if (!domain || !first || familyParts.length === 0) return [];
  const options = patternsFor(first, familyParts).map(
    ([pattern, local]): RecipientOption => ({
      address: `${local}@${domain}`,
      source: "pattern",
      unverified: true,
      pattern,
    }),
  );
  // A one-word family name yields the same address twice; keep the first (more common) pattern.
  return [...new Map(options.reverse().map((option) => [option.address, option])).values()].reverse();
}
