import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";

interface Props {
  count: number;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asked before signing out while writes made offline still wait on this device: signing out erases them (they
 * may hold health information), so the person chooses knowingly. Its own chunk: only needed when something waits.
 */
export default function SignOutOutboxDialog({ count, pending, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open
      title={t("outbox.signOutTitle")}
      confirmLabel={t("outbox.signOutConfirm")}
      pending={pending}
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t("outbox.signOutBody", { count })}</p>
      <p>
        <Link to="/outbox" onClick={onCancel}>
          {t("outbox.openOutbox")}
        </Link>
      </p>
    </ConfirmDialog>
  );
}
