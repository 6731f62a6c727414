import { useTranslation } from "react-i18next";

/** 「13:30〜14:30」, 「13:30〜」, or 「時刻未定」 while the time is not fixed. */
export function SessionTime({ startsAt, endsAt }: { startsAt: string | null; endsAt: string | null }) {
  const { t } = useTranslation();
  if (!startsAt) return <span className="session-time muted">{t("forum.program.timeUndecided")}</span>;
  return (
    <span className="session-time">
      <time>{startsAt}</time>
      {t("forum.program.timeSeparator")}
      {endsAt && <time>{endsAt}</time>}
    </span>
  );
}
