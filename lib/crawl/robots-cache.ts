import { isAllowed, parseRobotsTxt, type RobotsRules } from "../research/robots";

/** Asks each origin's robots.txt once per research; an unreadable robots.txt allows everything. */
export function robotsChecker(fetchText: (url: string) => Promise<string | undefined>) {
  const rules = new Map<string, Promise<RobotsRules | undefined>>();
  return async (url: string): Promise<boolean> => {
    const target = new URL(url);
    let pending = rules.get(target.origin);
    if (!pending) {
      pending = fetchText(`${target.origin}/robots.txt`).then((text) => (text ? parseRobotsTxt(text) : undefined));
      rules.set(target.origin, pending);
    }
    const parsed = await pending;
    return parsed ? isAllowed(parsed, target.pathname + target.search) : true;
  };
}
