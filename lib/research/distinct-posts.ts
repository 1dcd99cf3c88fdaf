import type { SitePost } from "./types";

/**
 * The posts without repeats, first of each kept. A post is one by its address, or by its title and day:
 * a page filed under two sections ("/mobile/…" and, canonically, "/commerce/…") is one post.
 */
export function distinctPosts(posts: readonly SitePost[]): SitePost[] {
  const seen = new Set<string>();
  return posts.filter((post) => {
    const named = `${post.title.toLowerCase()}|${post.date ?? ""}`;
    if (seen.has(post.url) || (post.date && seen.has(named))) return false;
    seen.add(post.url).add(named);
    return true;
  });
}
