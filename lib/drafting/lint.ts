import type { SequenceStep } from "../model/sequence";
import type { Language } from "./salutation";
import { wordCount } from "./text";

export type LintCode =
  | "too-long"
  | "feature-talk"
  | "missing-fact"
  | "self-opening"
  | "spam-words"
  | "too-many-links"
  | "too-many-questions";

export interface LintIssue {
  code: LintCode;
  severity: "warning" | "error";
  /** Offending words or counts, for highlighting. */
  details: string[];
  message: { en: string; de: string };
}

export interface LintOptions {
  step: SequenceStep;
  language: Language;
  /** The selected facts: a first email should use at least one. */
  facts?: readonly string[];
  /** Removed before counting words and links, so a long signature does not count. */
  signature?: string;
  maxFirstEmailWords?: number;
}

const FEATURE_WORDS: Record<Language, RegExp> = {
  en: /\b(features?|functionalit(y|ies)|dashboards?|modules?|integrations?|ai-powered|platform|cutting-edge|state-of-the-art|all-in-one)\b/gi,
  de: /\b(features?|funktion(en|alitäten?)?|dashboards?|modul(e)?|schnittstellen?|ki-gestützte?[nrs]?|plattform|innovativste?[nrs]?|all-in-one)\b/giu,
};

// Short lists of classic filter triggers; both are checked because mixed-language mails are common.
const SPAM_WORDS =
  /\b(free|100% free|guarantee[d]?|act now|limited time|risk[- ]free|click here|buy now|no obligation|winner|urgent|cash|special offer|kostenlos|gratis|garantiert|jetzt zugreifen|nur heute|gewinner|gewinnspiel|dringend|sonderangebot|risikofrei|klicken sie hier|unverbindlich)\b|!!+|\$\$+|€€+/giu;

const SELF_OPENING =
  /^(i|i'm|i’m|i've|i’d|we|we're|we’re|we've|our|my|ich|wir|unser(e|em|en|er)?|mein(e|em|en|er)?)\b/i;
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;

function issue(code: LintCode, details: string[], en: string, de: string, severity: LintIssue["severity"] = "warning") {
  return { code, severity, details, message: { en, de } };
}

/** The text the prospect reads before the sign-off, without greeting and signature. */
function contentOf(body: string, signature: string | undefined): string[] {
  const withoutSignature = signature?.trim() ? body.replace(signature.trim(), "") : body;
  const paragraphs = withoutSignature
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  const greeting = paragraphs[0] && /,$/.test(paragraphs[0]) && paragraphs[0].length < 80;
  return greeting ? paragraphs.slice(1) : paragraphs;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function checkLength(text: string, options: LintOptions): LintIssue[] {
  const max = options.maxFirstEmailWords ?? 120;
  const words = wordCount(text);
  if (options.step !== "attention" || words <= max) return [];
  return [
    issue(
      "too-long",
      [String(words)],
      `First email has ${words} words (aim for ≤ ${max}).`,
      `Die erste E-Mail hat ${words} Wörter (Ziel: ≤ ${max}).`,
    ),
  ];
}

function checkFeatures(text: string, language: Language): LintIssue[] {
  const found = text.match(FEATURE_WORDS[language]) ?? [];
  if (found.length < 2) return [];
  return [
    issue(
      "feature-talk",
      found,
      "Talks about features: say what changes for them in numbers.",
      "Spricht über Funktionen: Nenne lieber, was sich für sie in Zahlen ändert.",
    ),
  ];
}

function checkFacts(text: string, options: LintOptions): LintIssue[] {
  if (options.step !== "attention") return [];
  const facts = (options.facts ?? []).map(normalise).filter(Boolean);
  const haystack = normalise(text);
  if (facts.some((fact) => haystack.includes(fact))) return [];
  return [
    issue("missing-fact", [], "Uses none of the selected facts.", "Nutzt keinen der ausgewählten Fakten.", "error"),
  ];
}

function checkOpening(paragraphs: readonly string[]): LintIssue[] {
  const first = paragraphs[0]?.split(/\s+/)[0] ?? "";
  if (!SELF_OPENING.test(first)) return [];
  return [
    issue(
      "self-opening",
      [first],
      "Opens about yourself: start with them.",
      "Beginnt mit dir selbst: Steig mit ihnen ein.",
    ),
  ];
}

function checkSpam(text: string): LintIssue[] {
  const found = text.match(SPAM_WORDS) ?? [];
  if (found.length === 0) return [];
  return [
    issue("spam-words", found, "Contains words spam filters dislike.", "Enthält Wörter, die Spamfilter nicht mögen."),
  ];
}

function checkCounts(text: string, step: SequenceStep): LintIssue[] {
  const links = text.match(LINK) ?? [];
  const questions = (text.match(/\?/g) ?? []).length;
  const maxLinks = step === "attention" ? 0 : 1;
  const issues: LintIssue[] = [];
  if (links.length > maxLinks) {
    issues.push(
      issue(
        "too-many-links",
        links,
        `${links.length} links (at most ${maxLinks}).`,
        `${links.length} Links (höchstens ${maxLinks}).`,
      ),
    );
  }
  if (questions > 2) {
    issues.push(
      issue(
        "too-many-questions",
        [String(questions)],
        `${questions} questions: ask one thing.`,
        `${questions} Fragen: Stell eine Frage.`,
      ),
    );
  }
  return issues;
}

/** Checks a drafted email against the methodology's rules; returns nothing when it is fine. */
export function lintEmail(email: { subject?: string; body: string }, options: LintOptions): LintIssue[] {
  const paragraphs = contentOf(email.body, options.signature);
  const text = paragraphs.join("\n\n");
  const withSubject = `${email.subject ?? ""}\n${text}`;
  return [
    ...checkLength(text, options),
    ...checkFeatures(text, options.language),
    ...checkFacts(text, options),
    ...checkOpening(paragraphs),
    ...checkSpam(withSubject),
    ...checkCounts(text, options.step),
  ];
}
