import { describe, expect, it } from "vitest";
import { extractCustomers } from "../../../lib/research/customers";
import { parseHtml } from "./fixtures";

const customersIn = (body: string) =>
  extractCustomers(parseHtml(`<html><body>${body}</body></html>`, "https://www.acmeo.example/"));
const uploads = ["kranwerk-1.svg", "hafenblick_wohnbau.png", "nordlicht-150x80.webp", "elbtal-2.jpg"];
const wallOf = (files: readonly string[], alt = ' alt=""') =>
  files.map((file) => `<div class="item"><img${alt} src="/wp-content/uploads/2024/05/${file}"></div>`).join("");

describe("customer logos named by plain uploads", () => {
  it("reads the files under a bare customers heading", () => {
    expect(customersIn(`<section><h2>Kunden</h2><div class="grid">${wallOf(uploads, "")}</div></section>`)).toEqual([
      "Kranwerk",
      "Hafenblick Wohnbau",
      "Nordlicht",
      "Elbtal",
    ]);
  });

  it("reads the files under a trusted-by heading, with empty alt texts", () => {
    expect(customersIn(`<h2>Trusted by</h2><div class="logos">${wallOf(uploads)}</div>`)).toEqual([
      "Kranwerk",
      "Hafenblick Wohnbau",
      "Nordlicht",
      "Elbtal",
    ]);
  });

  it("reads alt texts under a bare customers heading", () => {
    const wall = ["Kranwerk", "Hafenblick Wohnbau", "Nordlicht Energie"]
      .map((alt) => `<img src="/img/a${alt.length}.svg" alt="${alt}">`)
      .join("");
    expect(customersIn(`<h2>Kunden</h2><div>${wall}</div>`)).toEqual([
      "Kranwerk",
      "Hafenblick Wohnbau",
      "Nordlicht Energie",
    ]);
  });

  it("reads no wall with a photo or decor among the uploads, nor kinds of customers", () => {
    expect(customersIn(`<h2>Kunden</h2><div>${wallOf([...uploads, "team-photo.jpg"])}</div>`)).toEqual([]);
    expect(customersIn(`<h2>Kunden</h2><div>${wallOf(uploads.slice(0, 2))}</div>`)).toEqual([]);
    const groups = ["Privatkunden", "Geschäftskunden", "Öffentliche Einrichtungen"]
      .map((alt) => `<img src="/img/g${alt.length}.svg" alt="${alt}">`)
      .join("");
    expect(customersIn(`<h2>Kunden</h2><div>${groups}</div>`)).toEqual([]);
  });

  it("reads no plain uploads under a partners or certificates heading", () => {
    expect(customersIn(`<h2>Unsere Partner</h2><div>${wallOf(uploads)}</div>`)).toEqual([]);
    expect(customersIn(`<h2>Zertifizierungen</h2><div>${wallOf(uploads)}</div>`)).toEqual([]);
  });
});

describe("customer logos with an alt text that names no one", () => {
  it("reads the files behind a generic alt text and glued file words", () => {
    const wall = ["clients/kranwerk.png", "clients/hafenblicklogo.jpeg", "clients/logo_nordlicht.svg"]
      .map((file) => `<img alt="client logo" src="/_next/image?url=${encodeURIComponent(`/${file}`)}&amp;w=256">`)
      .join("");
    expect(customersIn(`<h2>Unsere Kunden</h2><div>${wall}</div>`)).toEqual(["Kranwerk", "Hafenblick", "Nordlicht"]);
  });

  it("reads no placeholder repeated in every slot", () => {
    const wall = Array.from({ length: 6 }, () => '<img alt="" src="/public/images/kranwerk.png">').join("");
    expect(customersIn(`<h2>Unsere Kunden</h2><div>${wall}</div>`)).toEqual([]);
  });
});
