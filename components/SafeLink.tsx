import type { ReactNode } from "react";

/** Whether an address may become a link: http(s) only, never javascript: or data:. */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

/** A link only for http(s) addresses; anything else is shown as plain text. */
export function SafeLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (!isWebUrl(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noreferrer">
      {children}
    </a>
  );
}
