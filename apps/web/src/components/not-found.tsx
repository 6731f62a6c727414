import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeading } from "./page-heading";

export function NotFound({ kind = "page" }: { kind?: "page" | "region" }) {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <PageHeading title={kind === "region" ? t("notFound.regionTitle") : t("notFound.title")} />
      <p>{t("notFound.body")}</p>
      <p>
        <Link to="/">{t("notFound.back")}</Link>
      </p>
    </div>
  );
}
