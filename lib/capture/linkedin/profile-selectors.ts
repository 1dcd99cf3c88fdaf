/**
 * Selectors for LinkedIn profile pages, as fallback lists tried in order. Each
 * comment names the layout it covers. Never hashed class names.
 */
export const profileSelectors = {
  name: [
    // Logged-in 2022-2025 and public pages: the one top-card heading.
    "main h1",
    "h1",
  ],
  headline: [
    // Logged-in 2022-2025: the medium text right under the name.
    "main section .text-body-medium",
    // Public pages: top-card subline.
    ".top-card-layout__headline",
  ],
} as const;
