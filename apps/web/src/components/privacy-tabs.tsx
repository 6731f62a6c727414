import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

/** The national team's record screens side by side: the audit log (writes), the read log, subject requests. */
export function PrivacyTabs() {
  const { t } = useTranslation();
  const links = [
    { to: "/audit", label: t("privacy.tabs.audit") },
    { to: "/read-log", label: t("privacy.tabs.readLog") },
    { to: "/subject-requests", label: t("privacy.tabs.subject") },
  ] as const;
  return (
    <nav aria-label={t("privacy.tabs.label")} className="region-tabs privacy-tabs">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} activeOptions={{ includeSearch: false }}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
