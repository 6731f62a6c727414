import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "./confirm-dialog";
import "./publish-button.css";

interface Props {
  /** The record's title, named in the button's accessible name and in the dialog. */
  title: string;
  isPublic: boolean;
  pending: boolean;
  /** Says what publishing does and where the record will appear. */
  confirmTitle: string;
  confirmBody: ReactNode;
  confirmLabel?: string;
  publishLabel?: string;
  unpublishLabel?: string;
  stateLabels?: { on: string; off: string };
  onChange: (isPublic: boolean) => void;
}

/**
 * Making something public is a deliberate act: the state is shown as words beside a real button, publishing asks
 * for confirmation naming where the record will appear, and unpublishing takes one click (no dialog), since it
 * only takes the record back.
 */
export function PublishButton({
  title,
  isPublic,
  pending,
  confirmTitle,
  confirmBody,
  confirmLabel,
  publishLabel,
  unpublishLabel,
  stateLabels,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const publish = publishLabel ?? t("publish.publish");
  const unpublish = unpublishLabel ?? t("publish.unpublish");
  const state = stateLabels ?? { on: t("publish.state.public"), off: t("publish.state.private") };
  return (
    <span className="publish-control">
      <span className={isPublic ? "tag tag--public" : "tag"}>{isPublic ? state.on : state.off}</span>
      <button
        type="button"
        className={isPublic ? "button button--secondary button--small" : "button button--small"}
        aria-disabled={pending || undefined}
        onClick={() => {
          if (pending) return;
          if (isPublic) onChange(false);
          else setAsking(true);
        }}
      >
        {isPublic ? unpublish : publish}
        <span className="visually-hidden">
          {t("publish.titleOpen")}
          <span data-user-text="">{title}</span>
          {t("publish.titleClose")}
        </span>
      </button>
      <ConfirmDialog
        open={asking}
        title={confirmTitle}
        confirmLabel={confirmLabel ?? publish}
        pending={pending}
        onConfirm={() => {
          setAsking(false);
          onChange(true);
        }}
        onCancel={() => setAsking(false)}
      >
        {confirmBody}
      </ConfirmDialog>
    </span>
  );
}
