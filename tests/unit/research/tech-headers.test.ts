import { describe, expect, it, vi } from "vitest";
import { crawl } from "../../../lib/crawl/crawl";
import { fetchPage } from "../../../lib/crawl/fetch-page";
import { researchPage } from "../../../lib/research/research-page";
import { page } from "./tech-pages";

const url = "https://www.lindqvist.example/about";

describe("response headers for tech detection", () => {
  it("fetchPage returns the telling headers, lower-cased and bounded", async () => {
    const response = new Response("<p>Hej</p>", {
      headers: { "Content-Type": "text/html", Server: "cloudflare", "CF-Ray": "8a1b-FRA", "X-Long": "v".repeat(5000) },
    });
    const fetched = await fetchPage(
      url,
      new AbortController().signal,
      "page",
      undefined,
      (async () => response) as typeof fetch,
    );
    expect(fetched).toMatchObject({ ok: true, headers: { server: "cloudflare", "cf-ray": "8a1b-FRA" } });
    const headers = fetched.ok ? (fetched.headers ?? {}) : {};
    expect(headers["content-type"]).toBeUndefined();
    expect(headers["x-long"]).toHaveLength(500);
  });

  it("crawl hands a fetched page's headers to the analysis", async () => {
    const analyse = vi.fn((_html: string, pageUrl: string, headers?: Record<string, string>) =>
      researchPage(page(""), pageUrl, { headers }),
    );
    const start = { url: "https://www.lindqvist.example/", html: `<a href="${url}">About us</a>` };
    await crawl(
      start,
      {
        fetchPage: async (target) =>
          target === url
            ? { ok: true, finalUrl: url, text: "<h1>About</h1>", headers: { "x-vercel-id": "fra1::x" } }
            : { ok: false, reason: "HTTP 404" },
        robotsAllows: async () => true,
        analyse,
        progress: () => {},
      },
      new AbortController().signal,
    );
    const about = analyse.mock.results.find((_, index) => analyse.mock.calls[index]?.[1] === url);
    expect(analyse).toHaveBeenCalledWith("<h1>About</h1>", url, { "x-vercel-id": "fra1::x" });
    expect(about?.value.company.technologies).toEqual(["Vercel"]);
  });
});
