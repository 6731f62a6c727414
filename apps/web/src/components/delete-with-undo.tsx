import type { AuditRecordType } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { describeApiFailure } from "../lib/api-errors";
import { useTRPC } from "../lib/trpc";
import { ConfirmDialog } from "./confirm-dialog";
import "./delete-with-undo.css";

/** What every `<router>.delete` returns: enough to undo it at once. */
export interface DeletedRef {
  id: string;
  recordType: AuditRecordType;
  deletedAt: string;
}

interface UndoOffer {
  ref: DeletedRef;
  /** What the deleted record is called in the notice: a meeting's title, an organization's name… */
  what: string;
  onRestored?: (() => void) | undefined;
}

// The last deletion, offered for undo until dismissed, undone or replaced by the next deletion. It lives outside
// the page that deleted it, so the page can go back to its list and the offer stays on screen (<UndoNotice/>).
let offer: UndoOffer | null = null;
const listeners = new Set<() => void>();
const setOffer = (next: UndoOffer | null) => {
  offer = next;
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

interface Props {
  /** The button's text: 「この会議を削除」. */
  label: string;
  /** The confirmation's question and what it explains (it stays 30 days in 削除済み). */
  confirmTitle: string;
  confirmBody?: string;
  /** The record's name in the undo notice. */
  what: string;
  /** Calls the record's delete procedure (a mutation's mutateAsync) with the version the page shows. */
  onDelete: () => Promise<DeletedRef>;
  /** After the deletion: typically back to the list (the undo notice stays on screen). */
  onDeleted?: (ref: DeletedRef) => void;
  /** After an undo, besides every query being refreshed. */
  onRestored?: () => void;
}

/**
 * A delete button with a confirmation; once deleted, an undo notice appears right away (in <UndoNotice/>, mounted
 * once by the layout) and brings the record back through `trash.restore`.
 */
export function DeleteWithUndo({
  label,
  confirmTitle,
  confirmBody,
  what,
  onDelete,
  onDeleted,
  onRestored,
}: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      const ref = await onDelete();
      setOpen(false);
      setOffer({ ref, what, onRestored });
      onDeleted?.(ref);
    } catch (failure) {
      setError(describeApiFailure(failure, t("form.networkError")).message);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--danger-secondary" onClick={() => setOpen(true)}>
        {label}
      </button>
      <ConfirmDialog
        open={open}
        title={confirmTitle}
        confirmLabel={t("deleteWithUndo.confirm")}
        pending={pending}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
      >
        <p>{confirmBody ?? t("deleteWithUndo.body")}</p>
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}

/** The undo offer of the last deletion: mounted once in the layout, so it outlives the page that deleted. */
export function UndoNotice() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useSyncExternalStore(subscribe, () => offer);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const restore = useMutation(
    trpc.trash.restore.mutationOptions({
      onSuccess: async () => {
        const restored = offer;
        setOffer(null);
        setDone(t("deleteWithUndo.restored", { what: restored?.what ?? "" }));
        await queryClient.invalidateQueries();
        restored?.onRestored?.();
      },
    }),
  );
  const failure = restore.isError ? describeApiFailure(restore.error, t("form.networkError")) : null;

  if (!current) {
    if (!done) return null;
    return (
      <div className="undo-notice notice notice--success" role="status">
        <p ref={doneRef}>{done}</p>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setDone(null)}
        >
          {t("deleteWithUndo.dismiss")}
        </button>
      </div>
    );
  }
  return (
    <div className="undo-notice notice notice--info" role="status">
      <p>{t("deleteWithUndo.deleted", { what: current.what })}</p>
      {failure && <p className="undo-notice__error">{failure.message}</p>}
      <div className="undo-notice__actions">
        <button
          type="button"
          className="button button--small"
          aria-disabled={restore.isPending || undefined}
          onClick={() => {
            if (!restore.isPending)
              restore.mutate({ recordType: current.ref.recordType, id: current.ref.id });
          }}
        >
          {restore.isPending ? t("deleteWithUndo.undoing") : t("deleteWithUndo.undo")}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            restore.reset();
            setOffer(null);
          }}
        >
          {t("deleteWithUndo.dismiss")}
        </button>
      </div>
    </div>
  );
}
