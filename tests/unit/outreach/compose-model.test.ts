import { expect, test } from "vitest";
import { type ComposerData, draftFor, gateInputFor, shownEmails } from "@/components/drafting/compose-model";
import { checkGates } from "@/lib/drafting/gates";
import { defaultSettings, type Person, type Sequence } from "@/lib/model";

const now = Date.UTC(2026, 10, 25, 9);
const person: Person = {
  id: "lena",
  name: "Lena Hoffmann",
  headline: "Head of Revenue Operations",
  location: "Hamburg, Germany",
  profileUrl: "https://www.linkedin.com/in/lena-hoffmann-demo/",
  status: "ready",
  sources: {},
  history: [],
  createdAt: 0,
  updatedAt: 0,
};

function data(overrides: Partial<ComposerData> = {}): ComposerData {
  return {
    facts: [],
    signals: [],
    settings: defaultSettings,
    sent: [],
    sentThisWeek: 0,
    overridden: false,
    ...overrides,
  };
}

test("a bare prospect without offer or facts is drafted with the gaps listed, not broken", () => {
  const draft = draftFor(person, undefined, data());
  expect(draft.emails).toHaveLength(4);
  expect(draft.language).toBe("de");
  expect(draft.missing).toEqual(expect.arrayContaining(["offer", "facts", "company"]));
});

test("the stored language and form of address win over the prospect's", () => {
  const sequence: Sequence = {
    id: "s",
    personId: "lena",
    language: "en",
    formality: "du",
    emails: [],
    createdAt: 0,
    updatedAt: 0,
  };
  const draft = draftFor(person, undefined, data({ sequence }));
  expect([draft.language, draft.formality]).toEqual(["en", "du"]);
});

test("saved edits are shown only for the language they were written in", () => {
  const draft = draftFor(person, undefined, data());
  const edited = {
    step: "curiosity" as const,
    subject: "Mein Betreff",
    subjectVariant: "A" as const,
    body: "Mein Text",
  };
  const sequence: Sequence = {
    id: "s",
    personId: "lena",
    language: draft.language,
    formality: draft.formality,
    emails: [{ ...edited, edited: true }],
    createdAt: 0,
    updatedAt: 0,
  };
  const shown = shownEmails(draft, sequence, [1, 2, 3, 4]);
  expect(shown[1]).toMatchObject({ subject: "Mein Betreff", body: "Mein Text", edited: true, sendAt: 2 });
  expect(shown[0]?.body).toBe(draft.emails[0]?.body);
  expect(shownEmails(draft, { ...sequence, language: "en" }, [])[1]?.subject).toBe(draft.emails[1]?.subject);
});

test("the gates guard the first email; follow-ups face only do-not-contact and the weekly cap", () => {
  const before = checkGates(gateInputFor({ ...person, score: 40 }, data({ threshold: 60 }), now));
  expect(before.map((reason) => reason.code)).toEqual(["facts", "score"]);
  const started = data({
    sent: [{ id: "e", personId: "lena", type: "sent", at: now - 1000 }],
    lastContactedAt: now - 1000,
    sentThisWeek: 50,
  });
  const after = checkGates(gateInputFor({ ...person, status: "contacted" }, started, now));
  expect(after.map((reason) => reason.code)).toEqual(["weekly-cap"]);
});

test("the salutation the user chose in the side panel reaches the emails", () => {
  const neutral = draftFor(person, undefined, data());
  const female = draftFor({ ...person, gender: "female" }, undefined, data());
  expect(neutral.emails[0]?.body.startsWith("Guten Tag Lena Hoffmann,")).toBe(true);
  expect(female.emails[0]?.body.startsWith("Hallo Frau Hoffmann,")).toBe(true);
  expect(female.missing).not.toContain("gender");
});
