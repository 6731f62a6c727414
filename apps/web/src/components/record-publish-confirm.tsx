import { type RefObject, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "./confirm-dialog";

interface Options<T> {
  /** Whether the record was public before this save (false on create). */
  wasPublic: boolean;
  /** Sends the input: at once, or once the publishing is confirmed. */
  save: (input: T) => void;
}

/**
 * A record form whose 「公開」 box makes the record public asks before saving: a save that publishes (the box newly
 * ticked) waits for confirmation; one that keeps the record public, keeps it private or takes it back saves at once.
 */
export function useRecordPublishConfirm<T extends { isPublic?: boolean | undefined }>({
  wasPublic,
  save,
}: Options<T>) {
  const [waiting, setWaiting] = useState<{ input: T } | null>(null);
  return {
    submit: (input: T) => {
      if (input.isPublic === true && !wasPublic) setWaiting({ input });
      else save(input);
    },
    open: waiting !== null,
    confirm: () => {
      if (!waiting) return;
      setWaiting(null);
      save(waiting.input);
    },
    cancel: () => setWaiting(null),
  };
}

interface Props {
  open: boolean;
  /** The record's title as the dialog names it. */
  title: string;
  /** The region's slug: its forum's public page is /forums/<slug>. */
  slug: string;
  pending: boolean;
  /** The form whose submit button gets the focus back when the publishing is called off. */
  formRef: RefObject<HTMLFormElement | null>;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The record form's publishing question, in the PublishButton's words: where the record will appear. Confirming
 * saves; cancelling saves nothing, keeps what was typed, and gives the focus back to the save button.
 */
export function RecordPublishDialog({ open, title, slug, pending, formRef, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const cancelled = useRef(false);
  // Runs after the dialog (a child) has closed, so the focus it hands back can be moved on to the save button.
  useEffect(() => {
    if (open || !cancelled.current) return;
    cancelled.current = false;
    formRef.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }, [open, formRef]);
  return (
    <ConfirmDialog
      open={open}
      title={t("publish.confirmTitle", { title })}
      confirmLabel={t("publish.saveAndPublish")}
      pending={pending}
      onConfirm={onConfirm}
      onCancel={() => {
        if (!open) return;
        cancelled.current = true;
        onCancel();
      }}
    >
      <p>{t("publish.confirmBody")}</p>
      <ul>
        <li>{t("publish.where.regionPage")}</li>
        <li>{t("publish.where.forumPage", { page: `/forums/${slug}` })}</li>
        <li>{t("publish.where.atomFeed")}</li>
      </ul>
      <p className="muted small">{t("publish.notSavedYet")}</p>
    </ConfirmDialog>
  );
}
