import { describe, expect, it } from "vitest";
import { directors } from "../../../lib/research/impressum-people";

describe("director labels on one line", () => {
  it("reads the names after the first label as well as those after a later one", () => {
    expect(directors(["Geschäftsführer: Jonas Weber, Vorstand: Eva Berg"])).toEqual(["Jonas Weber", "Eva Berg"]);
    expect(directors(["Inhaber: Jonas Weber, Geschäftsführerin: Eva Berg"])).toEqual(["Jonas Weber", "Eva Berg"]);
  });

  it("moves on to a later label when the first one names a company", () => {
    const line =
      "Vertreten durch die Komplementärin Nordlicht Verwaltungs GmbH, diese vertreten durch den Geschäftsführer Jonas Weber";
    expect(directors([line])).toEqual(["Jonas Weber"]);
  });

  it("reads the names after a role label that follows another label", () => {
    const line = "Represented by the Board of Management: Jonas Weber, Chairman; Eva Berg, Lena Fuchs";
    expect(directors([line])).toEqual(["Jonas Weber", "Eva Berg", "Lena Fuchs"]);
  });

  it("takes no names after a word inside a longer name", () => {
    const lines = [
      "Chamber membership",
      "Regional Chamber, Professional Group for Management Consulting, Accounting and Information Technology",
    ];
    expect(directors(lines)).toEqual([]);
  });

  it("still reads management as a heading of its own", () => {
    expect(directors(["Management", "Jonas Weber", "Eva Berg"])).toEqual(["Jonas Weber", "Eva Berg"]);
  });
});

describe("director values", () => {
  it("ends the names at a web address joined onto their line", () => {
    expect(
      directors(["Managing directors: Jonas Weber, Eva Berg and Lena Fuchs https://register.example.org/"]),
    ).toEqual(["Jonas Weber", "Eva Berg", "Lena Fuchs"]);
  });
});

describe("names written surname first", () => {
  it("turns a surname and a given name round", () => {
    expect(directors(["Inhaber: Berg, Tom"])).toEqual(["Tom Berg"]);
    expect(directors(["Inhaberin: Kranz, Lena"])).toEqual(["Lena Kranz"]);
  });

  it("keeps a full name with a town after it", () => {
    expect(directors(["Geschäftsführer: Tom Berg, Reichshof"])).toEqual(["Tom Berg"]);
  });
});

describe("credits", () => {
  it("takes no director from an agency's realisation credit", () => {
    expect(directors(["Concept and realisation: Studio Kranich, Managing Director Jonas Weber"])).toEqual([]);
  });
});
