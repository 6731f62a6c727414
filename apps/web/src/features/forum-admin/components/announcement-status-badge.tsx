import type { AnnouncementStatus } from "@kyoso/domain";
import { useTranslation } from "react-i18next";

/** 下書き or 公開中 as a word on a tinted badge: the colour only repeats the word. */
export function AnnouncementStatusBadge({ status }: { status: AnnouncementStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge announcement-status announcement-status--${status}`}>
      <span className="badge-dot" aria-hidden="true" />
      {t(`forum.announcements.status.${status}`)}
    </span>
  );
}
