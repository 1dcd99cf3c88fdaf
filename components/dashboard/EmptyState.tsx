import type { Translate } from "../use-ui-language";

/** No email recorded yet: say what fills the dashboard instead of drawing empty charts. */
export function EmptyState({ t }: { t: Translate }) {
  return (
    <section className="empty" data-testid="dashboard-empty">
      <h2>{t("dashEmptyTitle")}</h2>
      <p>{t("dashEmptyBody")}</p>
    </section>
  );
}
