import { expect, test } from "vitest";
import { pickWebTab, subjectOfUrl } from "@/lib/prospects/active-tab";

test("the active web tab wins", () => {
  const tabs = [
    { id: 1, url: "https://www.linkedin.com/in/a/", active: false, lastAccessed: 9 },
    { id: 2, url: "https://www.linkedin.com/in/b/", active: true, lastAccessed: 1 },
  ];
  expect(pickWebTab(tabs)?.id).toBe(2);
});

test("an extension page in front falls back to the most recently used web tab", () => {
  const tabs = [
    { id: 1, url: "https://www.linkedin.com/in/a/", active: false, lastAccessed: 5 },
    { id: 2, url: "https://www.linkedin.com/in/b/", active: false, lastAccessed: 7 },
    { id: 3, url: "chrome-extension://abc/sidepanel.html", active: true, lastAccessed: 9 },
    { id: 4, active: false, lastAccessed: 10 },
  ];
  expect(pickWebTab(tabs)?.id).toBe(2);
  expect(pickWebTab([{ id: 3, url: "chrome://newtab/", active: true }])).toBeUndefined();
});

test("a tab's address tells whether it shows a person, a company or neither", () => {
  expect(subjectOfUrl("https://de.linkedin.com/in/Lena-H/details/experience/")).toEqual({
    kind: "person",
    key: "https://www.linkedin.com/in/lena-h/",
  });
  expect(subjectOfUrl("https://www.linkedin.com/company/acme/jobs/")).toEqual({
    kind: "company",
    key: "https://www.linkedin.com/company/acme/",
  });
  expect(subjectOfUrl("https://www.linkedin.com/feed/")).toEqual({ kind: "none" });
  expect(subjectOfUrl(undefined)).toEqual({ kind: "none" });
});
