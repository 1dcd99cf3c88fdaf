import { describe, expect, it } from "vitest";
import { extractCustomers } from "../../../lib/research/customers";
import { findDate, findMonth, relativeDate } from "../../../lib/research/dates";
import { employeeHints, foundedYear, headquartersFromText, officeLocations } from "../../../lib/research/facts-text";
import { industryHints } from "../../../lib/research/industry";
import { extractPosts } from "../../../lib/research/posts";
import { parseHtml } from "./fixtures";

const postsOf = (body: string, url: string) =>
  extractPosts(parseHtml(`<html><head><title>Blog</title></head><body>${body}</body></html>`, url), url);

describe("team size in prose", () => {
  it.each([
    ["Mit über 60 Mitarbeitern betreuen wir Kunden im Rheinland.", 60],
    ["Dort sind heute 35 Beschäftigten tätig.", 35],
    ["Gemeinsam mit rund 80 Mitarbeitenden entwickeln wir Software.", 80],
  ])("%s", (line, min) => {
    expect(employeeHints([line]).map((hint) => hint.min)).toEqual([min]);
  });

  it.each([
    "Starter: for teams up to 10 employees.",
    "Business: ideal for companies with 50-500 employees.",
    "Für Unternehmen ab 250 Mitarbeitern bieten wir Enterprise an.",
    "We help 10,000+ employees at 300 companies approve spend faster.",
    "Über 500 Unternehmen mit mehr als 20.000 Mitarbeitenden nutzen Kranwerk.",
  ])("counts no customers' staff: %s", (line) => {
    expect(employeeHints([line])).toEqual([]);
  });
});

describe("founding year in prose", () => {
  it.each([
    [["Gründungsjahr", "2003"], 2003],
    [["Est. 2011"], 2011],
    [["Kranwerk was founded by two former auditors, Mira Olsen and Sam Lee, in 2009."], 2009],
    [["1976", "Gründung", "Am 1. März gründet Karl Falk die Firma."], 1976],
    [["The company was incorporated in Delaware in 2015."], 2015],
  ])("%j", (lines, year) => {
    expect(foundedYear(lines)).toBe(year);
  });

  it.each([
    "Our AI assistant was incorporated into the product in 2023.",
    "Get started in 2025 with a free plan.",
    "We started working with Halden Bank in 2015.",
    "Seit 2019 sind wir nach ISO 27001 zertifiziert.",
  ])("takes no founding year from: %s", (line) => {
    expect(foundedYear([line])).toBeUndefined();
  });
});

describe("headquarters and offices in prose", () => {
  it("reads a place after 'located in' and keeps 'am Main' with its city", () => {
    expect(headquartersFromText(["Our headquarters are located in Boston, Massachusetts."])).toBe("Boston");
    expect(headquartersFromText(["Die Kranwerk GmbH mit Sitz in Frankfurt am Main ist Anbieter."])).toBe(
      "Frankfurt am Main",
    );
    expect(headquartersFromText(["HQ: Austin, Texas"])).toBe("Austin");
    expect(headquartersFromText(["Hauptsitz: Hafenstraße 4, 20457 Hamburg"])).toBeUndefined();
  });

  it("reads offices listed after a label, in a footer's dotted list, and without 'in'", () => {
    expect(officeLocations(["Heute arbeiten wir an den Standorten Frankfurt am Main, Leipzig und Wien."])).toEqual([
      "Frankfurt am Main",
      "Leipzig",
      "Wien",
    ]);
    expect(officeLocations(["Standorte", "Köln, Bonn"])).toEqual(["Köln", "Bonn"]);
    expect(officeLocations(["Offices", "Austin · Lisbon · London"])).toEqual(["Austin", "Lisbon", "London"]);
  });

  it("takes a state after its city for no office, nor a customer's place", () => {
    expect(officeLocations(["Kranwerk is headquartered in Austin, Texas, with offices in Lisbon and London."])).toEqual(
      ["Austin", "Lisbon", "London"],
    );
    expect(officeLocations(["Our customer Ridgeway Foods, based in Chicago, rolled Kranwerk out."])).toEqual([]);
  });
});

describe("customers on logo walls", () => {
  const customersIn = (body: string) =>
    extractCustomers(parseHtml(`<html><body>${body}</body></html>`, "https://www.kranwerk.example/"));

  it("reads the slider after a 'Kunden, die uns vertrauen' heading, not the page's other images", () => {
    const products = ["Server", "Netzwerk", "Cloud"].map((alt) => `<img src="p.jpg" alt="${alt}">`).join("");
    const logos = ["Logo_Elbwerk_Bau", "holmsted-logo", "Kranich"].map((alt) => `<img src="l.jpg" alt="${alt}">`);
    const body = `<main><h2>Angebot</h2><div>${products}</div><h2>Kunden, die uns vertrauen</h2><div class="slider">${logos.join("")}</div></main>`;
    expect(customersIn(body)).toEqual(["Elbwerk Bau", "holmsted", "Kranich"]);
  });

  it("reads the logos after a 'Vertraut von' label", () => {
    const logos = ["Halden Bank", "Orbis Health", "Ridgeway Foods"].map((alt) => `<img src="l.svg" alt="${alt}">`);
    expect(
      customersIn(`<div><span>Vertraut von Unternehmen in ganz Deutschland</span><div>${logos.join("")}</div></div>`),
    ).toEqual(["Halden Bank", "Orbis Health", "Ridgeway Foods"]);
  });
});

describe("industry hints", () => {
  it("takes no industry from 'healthy', 'personalized' or a model's training", () => {
    expect(
      industryHints(["Keep a healthy pipeline with personalized coaching software and model training on your calls."]),
    ).toEqual(["Software / SaaS"]);
  });
});

describe("dates as listings print them", () => {
  it.each([
    ["15th January 2025", "2025-01-15"],
    ["2025/04/09", "2025-04-09"],
    ["Kranwerk opens London officeJune 2, 2025", "2025-06-02"],
    ["Lesen Sie mehr12. März 2025", "2025-03-12"],
  ])("%s", (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it("reads no month in a name that ends in one", () => {
    expect(findDate("Dejan 5, 2025")).toBeUndefined();
  });

  it("reads months without a day and dates relative to now", () => {
    const now = new Date(2025, 5, 15);
    expect(findMonth("Pressemitteilung · März 2025", now)).toBe("2025-03");
    expect(findMonth("Juli 2025", now)).toBeUndefined();
    expect(relativeDate("vor 3 Tagen", now)).toBe("2025-06-12");
    expect(relativeDate("Posted 2 weeks ago by Lena", now)).toBe("2025-06-01");
    expect(relativeDate("gestern", now)).toBe("2025-06-14");
    expect(relativeDate("Gestern haben wir gefeiert.", now)).toBeUndefined();
  });
});

describe("posts on listings", () => {
  it("takes no listing for a post of its own when its cards are articles", () => {
    const cards = ["one", "two"]
      .map(
        (slug, i) =>
          `<article><time datetime="2025-0${i + 7}-01">x</time><h2><a href="/blog/${slug}">Post number ${slug} here</a></h2></article>`,
      )
      .join("");
    const posts = postsOf(`<main><h1>Blog</h1>${cards}</main>`, "https://www.kranwerk.example/blog");
    expect(posts.map((post) => post.url)).toEqual([
      "https://www.kranwerk.example/blog/two",
      "https://www.kranwerk.example/blog/one",
    ]);
  });

  it("takes the card's 'Read more' link when the heading has none", () => {
    const body = `<main><h1>News</h1>
      <div class="entry"><h2>Kranwerk joins the Open Metrics alliance</h2><div>Posted on March 3, 2025</div><a href="/news/open-metrics">Read more</a></div>
      <div class="entry"><h2>Our SOC 2 Type II report is out</h2><div>Posted on February 11, 2025</div><a href="/news/soc2">Read more</a></div></main>`;
    expect(postsOf(body, "https://www.kranwerk.example/news")).toEqual([
      {
        title: "Kranwerk joins the Open Metrics alliance",
        url: "https://www.kranwerk.example/news/open-metrics",
        date: "2025-03-03",
      },
      { title: "Our SOC 2 Type II report is out", url: "https://www.kranwerk.example/news/soc2", date: "2025-02-11" },
    ]);
  });

  it("reads a card with a category heading above its title", () => {
    const card = (slug: string, title: string, date: string) =>
      `<a class="card" href="/blog/${slug}"><h4>Guides</h4><h3>${title}</h3><span>${date}</span></a>`;
    const body = `<main>${card("forecasting", "Forecasting demand with seasonality", "Jan 15, 2025")}${card("alerts", "Smarter alerts for stock levels", "Dec 2, 2024")}</main>`;
    expect(postsOf(body, "https://www.kranwerk.example/blog").map((post) => post.date)).toEqual([
      "2025-01-15",
      "2024-12-02",
    ]);
  });

  it("reads titles that are links in lists and tables, and dates relative or without a day", () => {
    const list = `<ul><li><span class="date">12. März 2025</span> <a class="news-title" href="/de/aktuelles/messe">Kranwerk auf der LogiMAT in Stuttgart</a></li>
      <li><span class="ago">vor 3 Tagen</span> <a href="/de/aktuelles/filter">Neue Filter für Berichte im Dashboard</a></li></ul>
      <table><tr><td>März 2025</td><td><a href="/de/aktuelles/wien">Kranwerk eröffnet ein Büro in Wien</a></td></tr></table>`;
    const posts = postsOf(`<main><h1>Aktuelles</h1>${list}</main>`, "https://www.kranwerk.example/de/aktuelles");
    expect(posts.map((post) => [post.title, post.date?.length])).toEqual([
      ["Neue Filter für Berichte im Dashboard", 10],
      ["Kranwerk auf der LogiMAT in Stuttgart", 10],
      ["Kranwerk eröffnet ein Büro in Wien", 7],
    ]);
  });

  it("takes no post from a section with a logo link and a month elsewhere than on a listing", () => {
    const body = `<main><section><h2>Experience</h2><div><a href="/company/kranwerk"><img src="k.png" alt=""></a><p>Sep 2024 – today</p></div></section></main>`;
    expect(postsOf(body, "https://www.kranwerk.example/in/lena")).toEqual([]);
  });
});
