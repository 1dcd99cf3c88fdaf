/** UI strings in English and German. German is the reference for length: it is the longer one. */
export const en = {
  appName: "Prospect Scout",
  openSidePanel: "Open side panel",
  noProspectTitle: "No prospect on this tab",
  noProspectBody: "Open a LinkedIn profile and Prospect Scout captures it as you read.",
  waitingForCapture: "Reading this profile…",
  captureIncomplete: "This page was read, but no person could be recognised.",
  missingFields: "Missing: {fields}",
  headline: "Headline",
  company: "Company",
  profile: "LinkedIn profile",
  capturedAt: "Captured {time}",
  firstEmail: "First email",
  subject: "Subject",
  copy: "Copy email",
  copied: "Copied to the clipboard.",
  copyFailed: "Could not copy: {error}",
  settings: "Settings",
  senderName: "Your name",
  signature: "Signature",
  language: "Email language",
  formality: "Form of address",
  weeklyCap: "Emails per week (cap)",
  save: "Save",
  saved: "Saved.",
  invalidSetting: "Not saved: {error}",
} as const;

export type MessageKey = keyof typeof en;

export const de: Record<MessageKey, string> = {
  appName: "Prospect Scout",
  openSidePanel: "Seitenleiste öffnen",
  noProspectTitle: "Kein Kontakt in diesem Tab",
  noProspectBody: "Öffne ein LinkedIn-Profil, und Prospect Scout erfasst es beim Lesen.",
  waitingForCapture: "Profil wird gelesen…",
  captureIncomplete: "Diese Seite wurde gelesen, aber keine Person erkannt.",
  missingFields: "Fehlt: {fields}",
  headline: "Überschrift",
  company: "Unternehmen",
  profile: "LinkedIn-Profil",
  capturedAt: "Erfasst {time}",
  firstEmail: "Erste E-Mail",
  subject: "Betreff",
  copy: "E-Mail kopieren",
  copied: "In die Zwischenablage kopiert.",
  copyFailed: "Kopieren fehlgeschlagen: {error}",
  settings: "Einstellungen",
  senderName: "Dein Name",
  signature: "Signatur",
  language: "Sprache der E-Mails",
  formality: "Anrede",
  weeklyCap: "E-Mails pro Woche (Obergrenze)",
  save: "Speichern",
  saved: "Gespeichert.",
  invalidSetting: "Nicht gespeichert: {error}",
};

export type UiLanguage = "en" | "de";

/** The UI language: the user's choice, else the browser's (German for any de-* locale). */
export function resolveUiLanguage(choice: "auto" | UiLanguage, browserLanguage: string): UiLanguage {
  if (choice !== "auto") return choice;
  return browserLanguage.toLowerCase().startsWith("de") ? "de" : "en";
}

/** Looks up a message and fills its {placeholders}. */
export function translate(language: UiLanguage, key: MessageKey, params: Record<string, string> = {}): string {
  const template = (language === "de" ? de : en)[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}
