import { Link, type LinkProps } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

/** 「印刷 / PDF」: opens a screen's print view (an A4 page the browser prints or saves as PDF). */
export function PrintLink(props: LinkProps) {
  const { t } = useTranslation();
  return (
    <Link {...props} className="button button--secondary print-link">
      {t("print.open")}
    </Link>
  );
}
