import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

/** Said where a write was saved into the outbox instead of sent: it waits on this device. */
export function OutboxQueued() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info">
      <p>{t("outbox.queued")}</p>
      <p>
        <Link to="/outbox">{t("outbox.openOutbox")}</Link>
      </p>
    </div>
  );
}
