import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { PageHeading } from "../../../components/page-heading";
import { useDates } from "../../../i18n/use-dates";
import { type OutboxItem, retried } from "../../../lib/outbox/logic";
import { putOutboxItem, removeFromOutbox } from "../../../lib/outbox/store";
import { useMe } from "../../../lib/use-me";
import { useOutboxItems, useOutboxSender } from "../lib/use-outbox";
import "./outbox.css";

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

/** What waits on this device, what the server refused and what conflicted: retry or discard each. */
export function OutboxPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me) return null;
  return (
    <>
      <PageHeading title={t("outbox.title")} />
      <p className="lead">{t("outbox.intro")}</p>
      <p className="notice notice--info">{t("outbox.deviceNote")}</p>
      <Outbox userId={me.id} />
    </>
  );
}

function Outbox({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const items = useOutboxItems(userId);
  const { send, sending } = useOutboxSender(userId);
  const online = useOnline();
  const [discarding, setDiscarding] = useState<OutboxItem | null>(null);
  const [status, setStatus] = useState("");

  return (
    <section aria-labelledby="outbox-heading" className="section">
      <h2 id="outbox-heading">{t("outbox.listHeading")}</h2>
      {!online && <p>{t("outbox.offlineNow")}</p>}
      {items.length === 0 ? (
        <p className="empty">{t("outbox.empty")}</p>
      ) : (
        <>
          <ol className="outbox-list">
            {items.map((item) => (
              <OutboxEntry
                key={item.key}
                item={item}
                onRetry={async () => {
                  await putOutboxItem(retried(item));
                  await send();
                }}
                onDiscard={() => setDiscarding(item)}
              />
            ))}
          </ol>
          {items.some((item) => item.state === "waiting") && (
            <p className="outbox-actions">
              <button
                type="button"
                className="button"
                aria-disabled={sending || undefined}
                onClick={() => void send()}
              >
                {sending ? t("outbox.sending") : t("outbox.sendNow")}
              </button>
            </p>
          )}
        </>
      )}
      <p role="status">{status}</p>
      <ConfirmDialog
        open={discarding !== null}
        title={t("outbox.discard", { title: discarding?.summary.title ?? "" })}
        confirmLabel={t("outbox.discardAction")}
        pending={false}
        danger
        onConfirm={async () => {
          if (!discarding) return;
          await removeFromOutbox(discarding.key);
          setStatus(t("outbox.discarded", { title: discarding.summary.title }));
          setDiscarding(null);
        }}
        onCancel={() => setDiscarding(null)}
      >
        <p>{t("outbox.discardConfirm", { title: discarding?.summary.title ?? "" })}</p>
      </ConfirmDialog>
    </section>
  );
}

interface EntryProps {
  item: OutboxItem;
  onRetry: () => Promise<void>;
  onDiscard: () => void;
}

function OutboxEntry({ item, onRetry, onDiscard }: EntryProps) {
  const { t } = useTranslation();
  const dates = useDates();
  const title = item.summary.title;
  return (
    <li className={`outbox-item outbox-item--${item.state}`}>
      <p className="outbox-state">{t(`outbox.states.${item.state}`)}</p>
      <h3>
        {t(`outbox.kinds.${item.procedure}`)}: <span data-user-text="">{title}</span>
      </h3>
      {item.summary.detail && <p>{item.summary.detail}</p>}
      <p className="muted">
        {t("outbox.savedAt", { time: dates.dateTime(new Date(item.queuedAt).toISOString()) })}
      </p>
      {item.message && <p>{t("outbox.serverMessage", { message: item.message })}</p>}
      <div className="outbox-actions">
        {item.state !== "waiting" && (
          <button type="button" className="button" onClick={() => void onRetry()}>
            {t("outbox.retry", { title })}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          {t("outbox.discard", { title })}
        </button>
      </div>
    </li>
  );
}
