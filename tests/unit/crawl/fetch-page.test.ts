import { expect, test } from "vitest";
import { fetchPage } from "@/lib/crawl/fetch-page";
import { isLoginWall } from "@/lib/crawl/login-wall";
import { robotsChecker } from "@/lib/crawl/robots-cache";

const limits = { timeoutMs: 50, maxBytes: 1000 };
const url = "https://www.brightwave.example/about";

function fakeFetch(response: () => Response | Promise<Response>): typeof fetch {
  return (async () => response()) as unknown as typeof fetch;
}

test("decodes a page by its declared charset", async () => {
  const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0x47, 0x72, 0xfc, 0xdf, 0x65, 0x3c, 0x2f, 0x70, 0x3e]);
  const page = await fetchPage(
    url,
    new AbortController().signal,
    "page",
    limits,
    fakeFetch(() => new Response(bytes, { headers: { "content-type": "text/html; charset=windows-1252" } })),
  );
  expect(page).toEqual({ ok: true, finalUrl: url, text: "<p>Grüße</p>" });
});

test("refuses non-HTML, oversized and failing responses with a reason", async () => {
  const signal = new AbortController().signal;
  const pdf = await fetchPage(
    url,
    signal,
    "page",
    limits,
    fakeFetch(() => new Response("%PDF", { headers: { "content-type": "application/pdf" } })),
  );
  expect(pdf).toEqual({ ok: false, reason: "not a web page (application/pdf)" });
  const big = await fetchPage(
    url,
    signal,
    "page",
    limits,
    fakeFetch(() => new Response("x".repeat(5000), { headers: { "content-type": "text/html" } })),
  );
  expect(big.ok).toBe(false);
  const missing = await fetchPage(
    url,
    signal,
    "page",
    limits,
    fakeFetch(() => new Response("", { status: 404 })),
  );
  expect(missing).toEqual({ ok: false, reason: "HTTP 404" });
  const offline = await fetchPage(
    url,
    signal,
    "page",
    limits,
    fakeFetch(() => Promise.reject(new TypeError("Failed to fetch"))),
  );
  expect(offline).toEqual({ ok: false, reason: "could not be reached" });
});

test("a robots.txt comes as plain text and a job feed as JSON: each is taken only where it was asked for", async () => {
  const signal = new AbortController().signal;
  const robots = () => new Response("User-agent: *\nDisallow: /intern/", { headers: { "content-type": "text/plain" } });
  const feed = () => new Response('{"jobs":[]}', { headers: { "content-type": "application/json; charset=utf-8" } });
  expect(await fetchPage(url, signal, "robots", limits, fakeFetch(robots))).toMatchObject({
    ok: true,
    text: "User-agent: *\nDisallow: /intern/",
  });
  expect(await fetchPage(url, signal, "page", limits, fakeFetch(robots))).toEqual({
    ok: false,
    reason: "not a web page (text/plain)",
  });
  expect(await fetchPage(url, signal, "feed", limits, fakeFetch(feed))).toMatchObject({
    ok: true,
    text: '{"jobs":[]}',
  });
  expect(await fetchPage(url, signal, "page", limits, fakeFetch(feed))).toMatchObject({ ok: false });
  expect(await fetchPage(url, signal, "feed", limits, fakeFetch(robots))).toEqual({
    ok: false,
    reason: "not a job feed (text/plain)",
  });
});

test("gives up on a page that does not answer in time", async () => {
  const hanging: typeof fetch = (_input, init) =>
    new Promise((_, fail) => init?.signal?.addEventListener("abort", () => fail(init.signal?.reason)));
  const page = await fetchPage(url, new AbortController().signal, "page", limits, hanging);
  expect(page).toEqual({ ok: false, reason: "no answer within 0.05 s" });
});

test("robots.txt is asked once per origin, and an unreadable one allows everything", async () => {
  const asked: string[] = [];
  const allows = robotsChecker(async (robotsUrl) => {
    asked.push(robotsUrl);
    return robotsUrl.includes("brightwave") ? "User-agent: *\nDisallow: /intern/" : undefined;
  });
  expect(await allows("https://www.brightwave.example/intern/wiki")).toBe(false);
  expect(await allows("https://www.brightwave.example/about")).toBe(true);
  expect(await allows("https://other.example/intern/")).toBe(true);
  expect(asked).toEqual(["https://www.brightwave.example/robots.txt", "https://other.example/robots.txt"]);
});

test("a short page with a password field is a login wall; a long page with a login box is not", () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
  expect(isLoginWall(parse('<form><input type="password"></form><p>Sign in</p>'))).toBe(true);
  expect(isLoginWall(parse(`<p>${"Team ".repeat(1000)}</p><input type="password">`))).toBe(false);
  expect(isLoginWall(parse("<p>About us</p>"))).toBe(false);
});
