import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { test } from "vitest";
import { readEducation } from "../../../lib/capture/linkedin/profile-dom-entries";
import { findSections } from "../../../lib/capture/linkedin/profile-sections";

test("debug", () => {
  const url = "https://www.linkedin.com/in/lena-hoffmann-4a1b2c/";
  const window = new Window({ url });
  const doc = new window.DOMParser().parseFromString(readFileSync("tests/fixtures/linkedin-profile/logged-in-2026/source.html", "utf8"), "text/html") as unknown as Document;
  const s = findSections(doc).education as Element;
  console.log(s.outerHTML.slice(0, 1500));
  console.log(readEducation(s));
});
