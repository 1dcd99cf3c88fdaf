import type { z } from "zod";
import type { MessageKey } from "@/lib/i18n/messages";
import { prospectStatusSchema, signalTypeSchema } from "@/lib/model";
import { type QueueFilter, type SortKey, sortKeySchema, sortKeys, type TierChoice } from "@/lib/queue";
import { statusLabels } from "../prospect/StatusNotes";
import type { Translate } from "../use-ui-language";
import { signalLabel } from "./labels";

const tierChoices: readonly TierChoice[] = ["A", "B", "C", "D", "unscored"];
const sortLabel: Record<SortKey, MessageKey> = {
  score: "queueSortScore",
  signal: "queueSortSignal",
  touched: "queueSortTouched",
};

interface Props {
  filter: QueueFilter;
  onFilter(filter: QueueFilter): void;
  sort: SortKey;
  onSort(sort: SortKey): void;
  /** ArrowDown in the search field: on to the results. */
  onSearchDown?(): void;
  t: Translate;
}

/** A select's value as a one-item choice, or none for "any" and anything unexpected. */
function chosen<T>(schema: z.ZodType<T>, value: string): T[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [parsed.data] : [];
}

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** Search as you type, tier toggles, status and signal choices, and the sort order. */
export function QueueFilters({ filter, onFilter, sort, onSort, onSearchDown, t }: Props) {
  const set = (change: Partial<QueueFilter>) => onFilter({ ...filter, ...change });
  return (
    <div className="queue-filters">
      <label className="queue-search">
        <span className="queue-sr-only">{t("queueSearchLabel")}</span>
        <input
          type="search"
          value={filter.query}
          placeholder={t("queueSearchPlaceholder")}
          onChange={(event) => set({ query: event.target.value })}
          onKeyDown={(event) => {
            if (event.key !== "ArrowDown" || !onSearchDown) return;
            event.preventDefault();
            onSearchDown();
          }}
          data-testid="queue-search"
        />
      </label>
      <fieldset className="queue-tiers">
        <legend>{t("queueTierFilter")}</legend>
        {tierChoices.map((tier) => (
          <button
            key={tier}
            type="button"
            className="secondary"
            aria-pressed={filter.tiers.includes(tier)}
            onClick={() => set({ tiers: toggled(filter.tiers, tier) })}
            title={tier === "unscored" ? t("queueUnscored") : t("queueTierLabel", { tier })}
          >
            {tier === "unscored" ? "–" : tier}
            {tier === "unscored" && <span className="queue-sr-only">{t("queueUnscored")}</span>}
          </button>
        ))}
      </fieldset>
      <div className="queue-selects">
        <label>
          {t("queueStatusFilter")}
          <select
            value={filter.statuses[0] ?? ""}
            onChange={(event) => set({ statuses: chosen(prospectStatusSchema, event.target.value) })}
          >
            <option value="">{t("queueAnyStatus")}</option>
            {prospectStatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {t(statusLabels[status])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("queueSignalFilter")}
          <select
            value={filter.signalTypes[0] ?? ""}
            onChange={(event) => set({ signalTypes: chosen(signalTypeSchema, event.target.value) })}
          >
            <option value="">{t("queueAnySignal")}</option>
            {signalTypeSchema.options.map((type) => (
              <option key={type} value={type}>
                {t(signalLabel[type])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("queueSort")}
          <select value={sort} onChange={(event) => onSort(sortKeySchema.catch(sort).parse(event.target.value))}>
            {sortKeys.map((key) => (
              <option key={key} value={key}>
                {t(sortLabel[key])}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
