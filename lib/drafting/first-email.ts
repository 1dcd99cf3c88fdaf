import type { Person, Settings } from "../model";
import { textToHtml } from "./html";
import { parseName } from "./names";
import { salutation } from "./salutation";

export interface DraftedEmail {
  subject: string;
  text: string;
  html: string;
}

/** The first name as written on the profile, without titles; undefined for a one-word name. */
export function firstNameOf(name: string): string | undefined {
  return parseName(name).given;
}

/** A short attention email that opens with the person's own words; the full sequence is in sequence.ts. */
export function draftFirstEmail(person: Pick<Person, "name" | "headline">, settings: Settings): DraftedEmail {
  const first = firstNameOf(person.name);
  const german = settings.defaultLanguage === "de";
  const formal = settings.formality === "sie";
  const greeting = salutation({ name: person.name, language: settings.defaultLanguage, formality: settings.formality });
  const your = formal ? "Ihr" : "Dein";
  const role = person.headline ? (german ? ` als „${person.headline}“` : ` as "${person.headline}"`) : "";
  const hook = german
    ? `${your} Profil${role} hat mich neugierig gemacht.`
    : `Your profile${role} caught my attention.`;
  const ask = german
    ? formal
      ? "Hätten Sie nächste Woche 15 Minuten für einen kurzen Austausch?"
      : "Hättest du nächste Woche 15 Minuten für einen kurzen Austausch?"
    : "Would you have 15 minutes next week for a short call?";
  const sign = [settings.senderName, settings.signature].filter(Boolean).join("\n");
  const text = [greeting.line, hook, ask, sign ? `${german ? "Viele Grüße" : "Best regards"}\n${sign}` : ""]
    .filter(Boolean)
    .join("\n\n");
  const subject = german ? `Kurze Frage, ${first ?? person.name}` : `Quick question, ${first ?? person.name}`;
  return { subject: subject.slice(0, 60), text, html: textToHtml(text) };
}
