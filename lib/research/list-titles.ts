import { memoPerPage } from "./page-memo";

// A card without a date is climbed to the list around it, which holds every title of the page: each
// container's titles are found once per research, not once per card (20,000 undated cards took minutes).
const titleReaders = new Map<string, (container: Element) => readonly Element[]>();

/** The elements in `container` that `selector` matches, found once per research. */
export function titlesIn(container: Element, selector: string): readonly Element[] {
  let read = titleReaders.get(selector);
  if (!read) {
    read = memoPerPage((node: Element) => Array.from(node.querySelectorAll(selector)));
    titleReaders.set(selector, read);
  }
  return read(container);
}
