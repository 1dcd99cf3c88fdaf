import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

/** Sentences that use the words of events without telling one, and headlines that do tell one. */

const typesOf = (lines: readonly string[], url = "https://www.kranwerk.example/news/update") =>
  extractSignals(lines, url).map((signal) => signal.type);

describe("appointments that change no leadership", () => {
  it.each([
    "Kranwerk has appointed a Privacy Officer to ensure that our management of personal information is in accordance with this policy.",
    "We have appointed a data protection officer who can be reached at privacy@kranwerk.example.",
    "Kranwerk has appointed a designated Grievance Redressal Officer to address complaints and data rights requests.",
    "The manufacturer has appointed Lotsen Compliance Ltd as its Only Representative.",
    "The committee has appointed the Hotel Seeblick as the official hotel for the events.",
  ])("%s", (sentence) => {
    expect(typesOf([sentence])).toEqual([]);
  });

  it("tells no event on a legal page", () => {
    expect(
      typesOf(
        ["Kranwerk has appointed Dana Whitfield as Chief Financial Officer."],
        "https://www.kranwerk.example/privacy",
      ),
    ).toEqual([]);
  });

  it.each([
    "He then joined Ledgerly in 2014 as Chief Revenue Officer, where he led the entire field organisation.",
    "Prior to Quillon, Omar was promoted to Vice President of Sales at Ostra.",
    "She joined Lumen in 2019 as Head of Marketing and was named Chief Marketing Officer in 2021.",
    "Dana joined us after studying economics in Leipzig and was appointed as CEO 10 years ago.",
  ])("reads a bio's career as no news: %s", (sentence) => {
    expect(typesOf([sentence], "https://www.kranwerk.example/about/leadership")).toEqual([]);
  });

  it("still reads an appointment told as news", () => {
    expect(
      typesOf([
        "Kranwerk today announced the appointment of Dana Whitfield, previously CFO at Ostra, as Chief Executive Officer.",
      ]),
    ).toEqual(["leadership-change"]);
  });
});

describe("partnerships in headlines", () => {
  it.each([
    "Kranwerk & Lotsen Technologies Partner to Help Close the Skills Gap in Logistics",
    "Kranwerk and Harbor Bank Partner on Instant Payouts",
  ])("%s", (headline) => {
    expect(typesOf([headline])).toEqual(["partnership"]);
  });

  it.each([
    "Contact us and become a partner for your region.",
    "We are proud to be a partner to more than 200 schools.",
    "Talk to us and our team of experts partner for success.",
  ])("finds no partnership in: %s", (sentence) => {
    expect(typesOf([sentence])).toEqual([]);
  });
});

describe("hiring told of others, or of money", () => {
  it("reads no hiring in a search for investors' money", () => {
    expect(typesOf(["Wir suchen 500.000 bis 1,5 Millionen Euro in einer Seed-Runde."])).toEqual([]);
    expect(typesOf(["Wir suchen 3 Entwickler für unser Team in Leipzig."])).toEqual(["hiring"]);
  });

  it("reads no hiring in people looking for a job", () => {
    expect(
      typesOf(["Kranwerk Jobs connects companies directly with engineers who are looking for a new job."]),
    ).toEqual([]);
  });
});

describe("launches long past", () => {
  it("reads no launch in the time since one", () => {
    expect(
      typesOf(["Less than a year after launching, we were serving more than a quarter billion page views per month."]),
    ).toEqual([]);
  });
});
