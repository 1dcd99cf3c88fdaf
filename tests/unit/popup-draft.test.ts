import { expect, test } from "vitest";
import { draftFirstEmail, firstNameOf } from "@/lib/drafting/first-email";
import { defaultSettings } from "@/lib/model";

test("the first email greets the person by first name and escapes HTML", () => {
  const draft = draftFirstEmail({ name: "Lena Hoffmann", headline: "Head of <b>RevOps</b>" }, defaultSettings);
  expect(draft.text.startsWith("Hi Lena,")).toBe(true);
  expect(draft.subject).toBe("Quick question, Lena");
  expect(draft.html).toContain("Head of &#60;b&#62;RevOps&#60;/b&#62;");
  expect(draft.html).not.toContain("<b>");
});

test("German drafts use the chosen form of address", () => {
  const sie = draftFirstEmail({ name: "Jonas Weber" }, { ...defaultSettings, defaultLanguage: "de", formality: "sie" });
  const du = draftFirstEmail({ name: "Jonas Weber" }, { ...defaultSettings, defaultLanguage: "de", formality: "du" });
  expect(sie.text).toContain("Guten Tag Jonas Weber,");
  expect(sie.text).toContain("Hätten Sie");
  expect(du.text).toContain("Hallo Jonas,");
  expect(du.text).toContain("Hättest du");
});

test("academic titles are not first names", () => {
  expect(firstNameOf("Dr. Anna von der Heide")).toBe("Anna");
  expect(firstNameOf("Cher")).toBeUndefined();
});
