/** Technographic hints: third-party tools recognisable from script, link and iframe addresses. */

// [tool, pattern over a resource URL]; keep the list to tools a sales rep would mention.
const tools: readonly (readonly [string, RegExp])[] = [
  ["Google Analytics", /google-analytics\.com|googletagmanager\.com\/gtag\/js/],
  ["Google Tag Manager", /googletagmanager\.com\/gtm\.js/],
  ["Optimizely", /optimizely\.com/],
  ["Marketo", /marketo\.(net|com)|mktoresp\.com/],
  ["HubSpot", /hs-scripts\.com|hsforms\.(net|com)|hs-analytics\.net|hubspot\.com/],
  ["Salesforce Pardot", /pardot\.com|pi\.pardot/],
  ["OneTrust", /onetrust\.com|cookielaw\.org/],
  ["Cookiebot", /cookiebot\.com/],
  ["Usercentrics", /usercentrics\.(eu|com)/],
  ["Intercom", /intercom(cdn)?\.io|widget\.intercom/],
  ["Drift", /js\.driftt\.com|drift\.com/],
  ["Zendesk", /zdassets\.com|zendesk\.com/],
  ["Segment", /cdn\.segment\.(com|io)/],
  ["Mixpanel", /mixpanel\.com/],
  ["Amplitude", /amplitude\.com/],
  ["Hotjar", /hotjar\.com/],
  ["Matomo", /matomo|piwik/],
  ["Plausible", /plausible\.io/],
  ["LinkedIn Insight", /snap\.licdn\.com/],
  ["Facebook Pixel", /connect\.facebook\.net/],
  ["Stripe", /js\.stripe\.com/],
  ["Shopify", /cdn\.shopify\.com/],
  ["WordPress", /\/wp-content\/|\/wp-includes\//],
  ["Webflow", /webflow\.(com|io)|website-files\.com/],
  ["Wix", /wixstatic\.com|parastorage\.com/],
  ["Squarespace", /squarespace(-cdn)?\.com/],
  ["Contentful", /ctfassets\.net/],
  ["Vimeo", /player\.vimeo\.com/],
  ["Wistia", /wistia\.(com|net)/],
  ["Calendly", /calendly\.com/],
  ["Personio", /personio\.(de|com)/],
  ["Greenhouse", /greenhouse\.io/],
  ["Lever", /lever\.co/],
  ["Sentry", /sentry(-cdn)?\.io|browser\.sentry/],
  ["Cloudflare", /cdnjs\.cloudflare\.com|cloudflareinsights\.com/],
  ["reCAPTCHA", /google\.com\/recaptcha|gstatic\.com\/recaptcha/],
];

/** Tool names found in the page's resource addresses and inline script text. */
export function detectTechnologies(doc: Document): string[] {
  const sources = Array.from(doc.querySelectorAll("script[src], link[href], iframe[src]")).map(
    (node) => node.getAttribute("src") ?? node.getAttribute("href") ?? "",
  );
  // Inline loaders (tag snippets) name their script host in a string.
  const inline = Array.from(doc.querySelectorAll("script:not([src])"))
    .map((node) => (node.textContent ?? "").slice(0, 50_000))
    .join("\n");
  const haystack = `${sources.join("\n")}\n${inline}`.toLowerCase();
  return [...new Set(tools.filter(([, pattern]) => pattern.test(haystack)).map(([name]) => name))];
}
