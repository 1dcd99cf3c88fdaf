// The built-in demo: sample pages of fictional people and companies, served at
// real-looking addresses inside the launched browser, so the whole flow works
// without a LinkedIn account and without any network.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const pages = resolve(import.meta.dirname, "pages");

export const demoPages = [
  { url: "https://www.linkedin.com/in/lena-hoffmann-demo/", file: "linkedin-profile-lena.html" },
  { url: "https://www.linkedin.com/in/jonas-weber-demo/", file: "linkedin-profile-jonas.html" },
  { url: "https://www.linkedin.com/company/nordlicht-analytics/", file: "linkedin-company-nordlicht.html" },
  { url: "https://www.nordlicht-analytics.example/", file: "site-nordlicht-home.html" },
];

/** Serves every demo page at its address; other LinkedIn paths get a short "not in the demo" page. */
export async function routeDemoPages(context) {
  for (const { url, file } of demoPages) {
    const body = readFileSync(resolve(pages, file), "utf8");
    await context.route(`${url}**`, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body }));
  }
}
