import { describe, expect, it, vi } from "vitest";
import { foundersInProse } from "../../../lib/research/founders";
import { directors } from "../../../lib/research/impressum-people";
import { withPageMemo } from "../../../lib/research/page-memo";
import { extractPeople } from "../../../lib/research/people";
import { parseHtml } from "./fixtures";

/**
 * Lists of thousands of entries are read whole, and no entry searches the whole list again: the
 * searches of the list (and the reads of the text's lines) are counted, as a test asserts no time.
 */

const site = "https://www.kranich-robotik.example";
const firsts = ["Lena", "Jonas", "Miriam", "Felix", "Clara", "Tobias", "Hanna", "Matthias", "Sophie", "Lukas"];
const lasts = [
  "Hoffmann",
  "Brandt",
  "Kessler",
  "Vogt",
  "Lindner",
  "Albrecht",
  "Seidel",
  "Krüger",
  "Hartmann",
  "Winter",
];
const seconds = ["Berger", "Roth", "Sommer", "Fuchs", "Lorenz", "Keller", "Franke", "Haas", "Busch", "Engel"];
/** A distinct invented name for each of 1,000 people. */
const personName = (index: number) =>
  `${firsts[index % 10]} ${lasts[Math.floor(index / 10) % 10]}-${seconds[Math.floor(index / 100) % 10]}`;
const page = (body: string, path: string) =>
  parseHtml(`<!doctype html><html><body><main><h1>Kranich Robotik</h1>${body}</main></body></html>`, `${site}${path}`);

/** Counts the searches of the node's whole subtree (`querySelector`, `querySelectorAll`) from now on. */
function countSearches(element: ParentNode): () => number {
  let count = 0;
  const one = element.querySelector.bind(element);
  const all = element.querySelectorAll.bind(element);
  const counted =
    <T>(search: (selectors: string) => T) =>
    (selectors: string): T => {
      count++;
      return search(selectors);
    };
  Object.defineProperty(element, "querySelector", { value: counted(one) });
  Object.defineProperty(element, "querySelectorAll", { value: counted(all) });
  return () => count;
}

describe("a team list of a thousand names", () => {
  it("reads every name of a list set without a box per person, searching the list for links once", () => {
    const entries = Array.from(
      { length: 1000 },
      (_, index) =>
        `<h3>${personName(index)}</h3><p>Softwareentwicklerin</p><a href="https://www.linkedin.com/in/person-${index}">LinkedIn</a>`,
    );
    const doc = page(`<h2>Unser Team</h2><div class="team">${entries.join("")}</div>`, "/team");
    const searches = countSearches(doc.querySelector(".team") as Element);
    const people = withPageMemo(() => extractPeople(doc, `${site}/team`));
    expect(people).toHaveLength(1000);
    expect(people[999]).toEqual({ name: "Lukas Winter-Engel", role: "Softwareentwicklerin", source: "team-card" });
    // The list is every name's card and holds the links of all: none is known to be one person's.
    expect(people.filter((person) => person.linkedinUrl)).toEqual([]);
    expect(searches()).toBeLessThan(5);
  });
});

describe("a list of a thousand advisors, each with another company", () => {
  it("reads every advisor, searching the list for quotes and the page for its name once", () => {
    const entries = Array.from(
      { length: 1000 },
      (_, index) => `<h3>${personName(index)}</h3><p>CTO bei Falke Systems</p>`,
    );
    const doc = page(`<h2>Unsere Berater</h2><div class="advisors">${entries.join("")}</div>`, "/team");
    const listSearches = countSearches(doc.querySelector(".advisors") as Element);
    const pageSearches = countSearches(doc);
    const people = withPageMemo(() => extractPeople(doc, `${site}/team`));
    expect(people).toHaveLength(1000);
    expect(people[0]).toEqual({ name: "Lena Hoffmann-Berger", role: "CTO bei Falke Systems", source: "team-card" });
    expect(listSearches()).toBeLessThan(5);
    expect(pageSearches()).toBeLessThan(5);
  });
});

/** "Hofa", "Hofb", … "Hofba": a distinct invented surname for each index. */
const surname = (index: number) => {
  let letters = "";
  for (let rest = index; letters === "" || rest > 0; rest = Math.floor(rest / 26))
    letters += String.fromCharCode(97 + (rest % 26));
  return `Hof${letters}`;
};

/** The lines, counting each read of one of them. */
function countReads(lines: string[]): { lines: readonly string[]; reads: () => number } {
  let count = 0;
  const counted = new Proxy(lines, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) count++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { lines: counted, reads: () => count };
}

describe("an Impressum naming thousands of directors", () => {
  it("reads each of 2,000 directors, reading each line a few times, not once per name", () => {
    const { lines, reads } = countReads(
      Array.from({ length: 2_000 }, (_, index) => `Geschäftsführer: Lena ${surname(index)}`),
    );
    const found = directors(lines);
    expect(found).toHaveLength(2_000);
    expect([found[0], found[26], found[1_999]]).toEqual(["Lena Hofa", "Lena Hofab", `Lena ${surname(1_999)}`]);
    expect(reads()).toBeLessThan(2_000 * 20);
  });
});

describe("a page of a thousand founding sentences", () => {
  it("reads the founders from the first phrases and searches the text for a second mention a few times only", () => {
    const lines = Array.from(
      { length: 1_000 },
      (_, index) => `Die Firma wurde 2001 von Lena ${surname(index)}-Berg gegründet.`,
    );
    const searches = vi.spyOn(String.prototype, "indexOf");
    try {
      // Each name is mentioned once: none reads clearly as a founder.
      expect(foundersInProse(lines)).toEqual([]);
      expect(searches.mock.calls.length).toBeLessThan(200);
    } finally {
      searches.mockRestore();
    }
  });
});
