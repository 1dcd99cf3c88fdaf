import type { QuickOutcomeType } from "@/lib/db/outcomes";
import type { MessageKey } from "@/lib/i18n/messages";

/** How each outcome a rep records by hand is named, on the dashboard and in the side panel. */
export const outcomeLabels: Record<QuickOutcomeType, MessageKey> = {
  opened: "dashOutcomeOpened",
  clicked: "dashOutcomeClicked",
  "replied-positive": "dashOutcomePositive",
  "replied-neutral": "dashOutcomeNeutral",
  "replied-negative": "dashOutcomeNegative",
  meeting: "dashOutcomeMeeting",
  converted: "dashOutcomeConverted",
  bounced: "dashOutcomeBounced",
  unsubscribed: "dashOutcomeUnsubscribed",
};
