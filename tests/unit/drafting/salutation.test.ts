import { describe, expect, it } from "vitest";
import { parseName } from "@/lib/drafting/names";
import { salutation } from "@/lib/drafting/salutation";

describe("parseName", () => {
  it.each([
    ["Dr. Anna von der Heide", { titles: ["Dr."], given: "Anna", family: "von der Heide", particles: ["von", "der"] }],
    ["José María García", { titles: [], given: "José María", family: "García", particles: [] }],
    ["Prof. Dr. Jonas van den Berg", { titles: ["Prof.", "Dr."], given: "Jonas", family: "van den Berg" }],
    ["Jane A. Doe", { given: "Jane", family: "Doe" }],
    ["Dipl.-Ing. Lena Huber, MBA", { titles: ["Dipl.-Ing.", "MBA"], given: "Lena", family: "Huber" }],
    ["Lucía de la Cruz", { given: "Lucía", family: "de la Cruz" }],
  ])("%s", (name, expected) => {
    expect(parseName(name)).toMatchObject(expected);
  });

  it("leaves a one-word name unsplit: it could be either name", () => {
    expect(parseName("Kim")).toEqual({ titles: [], particles: [], plain: "Kim" });
  });
});

describe("salutation", () => {
  it.each([
    [{ name: "Dr. Petra Schmidt", language: "de", formality: "sie", gender: "female" }, "Hallo Frau Dr. Schmidt,"],
    [
      { name: "Prof. Dr. Jonas van den Berg", language: "de", formality: "sie", gender: "male" },
      "Hallo Herr Prof. van den Berg,",
    ],
    [{ name: "Mag. Eva Gruber", language: "de", formality: "sie", gender: "female" }, "Hallo Frau Mag. Gruber,"],
    [
      { name: "Dr. Anna von der Heide", language: "de", formality: "sie", gender: "female" },
      "Hallo Frau Dr. von der Heide,",
    ],
    [{ name: "Anna von der Heide", language: "de", formality: "sie" }, "Guten Tag Anna von der Heide,"],
    [{ name: "Dr. Anna von der Heide", language: "de", formality: "sie" }, "Guten Tag Dr. Anna von der Heide,"],
    [{ name: "Lena Huber, MBA", language: "de", formality: "sie" }, "Guten Tag Lena Huber,"],
    [{ name: "Jonas Weber", language: "de", formality: "du" }, "Hallo Jonas,"],
    [{ name: "Jonas Weber", language: "de", formality: "du", gender: "male" }, "Hallo Jonas,"],
    [{ name: "José María García", language: "de", formality: "du" }, "Hallo José María,"],
    [{ name: "José María García", language: "de", formality: "sie", gender: "male" }, "Hallo Herr García,"],
    [{ name: "Jane Holloway", language: "en", formality: "sie" }, "Hi Jane,"],
    [{ name: "Dr. Jane Holloway", language: "en", formality: "du" }, "Hi Jane,"],
    [{ name: "Kim", language: "en", formality: "sie" }, "Hello Kim,"],
    [{ name: "Kim", language: "de", formality: "sie", gender: "female" }, "Guten Tag Kim,"],
    [
      { name: "Maria Teresa Ortega Ruiz", language: "de", formality: "sie", gender: "female", lastName: "Ortega Ruiz" },
      "Hallo Frau Ortega Ruiz,",
    ],
  ] as const)("%o → %s", (input, line) => {
    expect(salutation(input).line).toBe(line);
  });

  it("never guesses gender from the first name", () => {
    const result = salutation({ name: "Petra Schmidt", language: "de", formality: "sie" });
    expect(result).toMatchObject({ line: "Guten Tag Petra Schmidt,", neutral: true });
  });
});
