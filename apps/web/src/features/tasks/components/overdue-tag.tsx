import { useTranslation } from "react-i18next";

/** 「期限切れ」 beside a due date that has passed (Tokyo's today, decided by the server): words, not colour alone. */
export function OverdueTag() {
  const { t } = useTranslation();
  return <span className="overdue-tag task-overdue">{t("tasks.overdue")}</span>;
}
