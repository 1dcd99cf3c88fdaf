/** robots.txt for the `*` user agent: Allow/Disallow with longest match, `*` wildcards and `$` anchors. */

export interface RobotsRules {
  allow: string[];
  disallow: string[];
  sitemaps: string[];
}

export function parseRobotsTxt(text: string): RobotsRules {
  const rules: RobotsRules = { allow: [], disallow: [], sitemaps: [] };
  let agents: string[] = [];
  let inRules = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const match = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (!match?.[1]) continue;
    const field = match[1].toLowerCase();
    const value = (match[2] ?? "").trim();
    if (field === "sitemap") rules.sitemaps.push(value);
    else if (field === "user-agent") {
      // A user-agent line after rules starts a new group.
      if (inRules) agents = [];
      inRules = false;
      agents.push(value.toLowerCase());
    } else if ((field === "allow" || field === "disallow") && agents.includes("*")) {
      inRules = true;
      if (value) rules[field].push(value);
    } else if (field === "allow" || field === "disallow") inRules = true;
  }
  return rules;
}

/** True when the longest matching rule allows the path (ties go to Allow, no match allows). */
export function isAllowed(rules: RobotsRules, path: string): boolean {
  const allow = longestMatch(rules.allow, path);
  const disallow = longestMatch(rules.disallow, path);
  return allow >= disallow;
}

function longestMatch(patterns: readonly string[], path: string): number {
  let best = -1;
  for (const pattern of patterns) {
    if (pattern.length > best && toRegExp(pattern).test(path)) best = pattern.length;
  }
  return best;
}

function toRegExp(pattern: string): RegExp {
  const anchored = pattern.endsWith("$");
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}${anchored ? "$" : ""}`);
}
