import { Link } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useOutboxItems, useOutboxSender } from "../lib/use-outbox";
import "./outbox.css";

/**
 * 「未送信 N件」 in the header while anything waits on this device, opening the outbox; a change of the count
 * is announced. It also sends the outbox at start and when the network returns.
 */
export function OutboxIndicator({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const items = useOutboxItems(userId);
  useOutboxSender(userId);
  const problems = items.filter((item) => item.state !== "waiting").length;
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef<number | null>(null);
  useEffect(() => {
    // Nothing is said for what was already waiting when the page opened, only for changes after.
    if (previous.current !== null && previous.current !== items.length) {
      setAnnouncement(
        items.length > 0 ? t("outbox.announceWaiting", { count: items.length }) : t("outbox.announceEmpty"),
      );
    }
    previous.current = items.length;
  }, [items.length, t]);

  return (
    <>
      {items.length > 0 && (
        <Link
          to="/outbox"
          className={problems > 0 ? "outbox-indicator outbox-indicator--problem" : "outbox-indicator"}
        >
          {problems > 0
            ? t("outbox.indicatorProblem", { count: items.length, problems })
            : t("outbox.indicator", { count: items.length })}
        </Link>
      )}
      <span role="status" className="visually-hidden">
        {announcement}
      </span>
    </>
  );
}
