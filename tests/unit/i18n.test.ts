import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { de, en, resolveUiLanguage, translate } from "@/lib/i18n/messages";

test("German has every English message, none empty", () => {
  expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  for (const value of Object.values(de)) expect(value.trim()).not.toBe("");
});

test("placeholders are the same in both languages", () => {
  const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(en) as (keyof typeof en)[]) expect(names(de[key]), key).toEqual(names(en[key]));
});

test("the UI language follows the browser unless chosen", () => {
  expect(resolveUiLanguage("auto", "de-AT")).toBe("de");
  expect(resolveUiLanguage("auto", "en-GB")).toBe("en");
  expect(resolveUiLanguage("en", "de-DE")).toBe("en");
});

test("translate fills placeholders and leaves unknown ones visible", () => {
  expect(translate("de", "missingFields", { fields: "name" })).toBe("Fehlt: name");
  expect(translate("en", "missingFields")).toBe("Missing: {fields}");
});

test("the manifest's _locales have the same keys in English and German", () => {
  const read = (lang: string) =>
    JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), "utf8"));
  expect(Object.keys(read("de")).sort()).toEqual(Object.keys(read("en")).sort());
});

test("no message key is defined by two features", async () => {
  const parts = await Promise.all(
    ["core", "drafting", "icp", "dashboard", "data", "queue"].map(
      (name) => import(`../../lib/i18n/messages/${name}.ts`) as Promise<Record<string, Record<string, string>>>,
    ),
  );
  const englishParts = parts.flatMap((part) => Object.entries(part).filter(([name]) => name.endsWith("En")));
  const total = englishParts.reduce((sum, [, messages]) => sum + Object.keys(messages).length, 0);
  expect(total).toBe(Object.keys(en).length);
});
