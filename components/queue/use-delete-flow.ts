import { useState } from "react";
import { getDatabase } from "@/lib/db";
import type { Translate } from "../use-ui-language";
import { deleteProspects } from "./delete-prospects";

/** Ask, then delete: the ids waiting for confirmation and the outcome to announce. */
export function useDeleteFlow(t: Translate, onDeleted: (ids: readonly string[]) => void) {
  const [pending, setPending] = useState<readonly string[]>();
  const [message, setMessage] = useState("");
  const confirm = async () => {
    const ids = pending ?? [];
    setPending(undefined);
    try {
      await deleteProspects(getDatabase(), ids);
      onDeleted(ids);
      setMessage(t("queueDeleted", { count: String(ids.length) }));
    } catch (error) {
      setMessage(t("queueDeleteFailed", { error: error instanceof Error ? error.message : String(error) }));
    }
  };
  return { pending, ask: setPending, cancel: () => setPending(undefined), confirm, message };
}
