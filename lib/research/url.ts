/** URL parsing that never throws: page links are often malformed. */
export function parseUrl(href: string, base?: string | URL): URL | undefined {
  try {
    return new URL(href.trim(), base);
  } catch {
    return undefined;
  }
}
