import { useEffect, useRef } from "react";
import type { Translate } from "../use-ui-language";

interface Props {
  /** The names of the prospects to delete; the dialog is open while this is set. */
  names: readonly string[] | undefined;
  onConfirm(): void;
  onCancel(): void;
  t: Translate;
}

/** Asks before deleting: a modal dialog (focus stays inside, Escape cancels), Cancel focused first. */
export function DeleteDialog({ names, onConfirm, onCancel, t }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const open = names !== undefined;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const title =
    names?.length === 1
      ? t("queueConfirmDeleteOne", { name: names[0] ?? "" })
      : t("queueConfirmDeleteMany", { count: String(names?.length ?? 0) });
  return (
    <dialog
      ref={ref}
      className="queue-dialog"
      aria-labelledby="queue-delete-title"
      aria-describedby="queue-delete-body"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <>
          <h2 id="queue-delete-title">{title}</h2>
          <p id="queue-delete-body">{t("queueConfirmDeleteBody")}</p>
          <div className="row">
            {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus in a destructive dialog. */}
            <button type="button" className="secondary" onClick={onCancel} autoFocus>
              {t("cancel")}
            </button>
            <button type="button" className="queue-danger" onClick={onConfirm}>
              {t("queueDelete")}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
