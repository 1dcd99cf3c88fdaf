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
    limits,
    fakeFetch(() => new Response(bytes, { headers: { "content-type": "text/html; charset=windows-1252" } })),
  );
  expect(page).toEqual({ ok: true, finalUrl: url, html: "<p>Grüße</p>" });
});

test("refuses non-HTML, oversized and failing responses with a reason", async () => {
  const signal = new AbortController().signal;
  const pdf = await fetchPage(
    url,
    signal,
    limits,
    fakeFetch(() => new Response("%PDF", { headers: { "content-type": "application/pdf" } })),
  );
  expect(pdf).toEqual({ ok: false, reason: "not a web page (application/pdf)" });
  const big = await fetchPage(
    url,
    signal,
    limits,
    fakeFetch(() => new Response("x".repeat(5000), { headers: { "content-type": "text/html" } })),
  );
  expect(big.ok).toBe(false);
  const missing = await fetchPage(
    url,
    signal,
    limits,
    fakeFetch(() => new Response("", { status: 404 })),
  );
  expect(missing).toEqual({ ok: false, reason: "HTTP 404" });
  const offline = await fetchPage(
    url,
    signal,
    limits,
    fakeFetch(() => Promise.reject(new TypeError("Failed to fetch"))),
  );
  expect(offline).toEqual({ ok: false, reason: "could not be reached" });
});

test("gives up on a page that does not answer in time", async () => {
  const hanging: typeof fetch = (_input, init) =>
    new Promise((_, fail) => init?.signal?.addEventListener("abort", () => fail(init.signal?.reason)));
  const page = await fetchPage(url, new AbortController().signal, limits, hanging);
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
