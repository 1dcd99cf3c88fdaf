import type { ReactNode } from "react";

/** A link only for http(s) addresses; anything else (javascript:, data:) is shown as plain text. */
export function SafeLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (!href || !/^https?:\/\//i.test(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noreferrer">
      {children}
    </a>
  );
}
