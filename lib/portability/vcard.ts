import { foldContentLine } from "../text/fold";
import { fieldsOf, type Prospect } from "./prospect-fields";

/**
 * vCard 4.0 (RFC 6350) for one prospect, to drop into any address book:
 * values escaped, lines folded at 75 octets, CRLF line ends.
 */
export function vcardOf(prospect: Prospect): string {
  const f = fieldsOf(prospect);
  const { person } = prospect;
  const lines = [
    "BEGIN:VCARD",
    "VERSION:4.0",
    ...(isUuid(person.id) ? [`UID:urn:uuid:${person.id}`] : []),
    `FN:${escapeText(f.name)}`,
    `N:${[f.last, f.first, "", f.prefix, ""].map(escapeText).join(";")}`,
    ...optional("ORG", f.companyName),
    ...optional("TITLE", f.jobTitle),
    ...(person.contact?.emails ?? []).map((email) => `EMAIL;TYPE=work:${escapeText(email)}`),
    ...(person.contact?.phones ?? []).map((phone) => `TEL;VALUE=text;TYPE=work:${escapeText(phone)}`),
    ...(f.city || f.country ? [`ADR;TYPE=work:;;;${escapeText(f.city ?? "")};;;${escapeText(f.country ?? "")}`] : []),
    // URLs are URI values, not text: escaping their commas would change them (validated URLs hold no newlines).
    `URL:${f.linkedinUrl}`,
    ...(f.website ? [`URL;TYPE=work:${f.website.replace(/\s/g, "")}`] : []),
    ...optional("NOTE", person.notes),
    `REV:${revision(person.updatedAt)}`,
    "END:VCARD",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** Several prospects in one .vcf file. */
export function vcardsOf(prospects: readonly Prospect[]): string {
  return prospects.map(vcardOf).join("");
}

function optional(property: string, value: string | undefined): string[] {
  return value?.trim() ? [`${property}:${escapeText(value.trim())}`] : [];
}

/** RFC 6350 §3.4: backslash, comma and semicolon are escaped, newlines become \n. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** RFC 6350 §3.2: long lines continue on lines starting with a space. */
export const fold = foldContentLine;

function revision(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
