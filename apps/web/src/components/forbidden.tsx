import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeading } from "./page-heading";

/** A page the signed-in user's role does not reach: said plainly, with a way back. */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <PageHeading title={t("forbidden.title")} />
      <p>{t("forbidden.body")}</p>
      <p>
        <Link to="/">{t("notFound.back")}</Link>
      </p>
    </div>
  );
}
