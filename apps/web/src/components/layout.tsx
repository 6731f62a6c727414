import type { UserProfile } from "@kyoso/domain";
import { can } from "@kyoso/domain/plain";
import { Link } from "@tanstack/react-router";
import { lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { UndoNotice } from "./delete-with-undo";
import { LanguageSwitch } from "./language-switch";
import { MyRegionLinks } from "./my-region-link";

// The outbox (IndexedDB and its sending) loads after the first screen: most visits have nothing waiting.
const OutboxIndicator = lazy(() =>
  import("../features/offline/components/outbox-indicator").then((m) => ({ default: m.OutboxIndicator })),
);

interface Props {
  user: UserProfile | null;
  account: ReactNode;
  children: ReactNode;
}

export function Layout({ user, account, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToMain")}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <span className="brand-name">{t("app.name")}</span>
            <span className="brand-tagline">{t("app.tagline")}</span>
          </Link>
          <nav aria-label={t("app.mainNav")} className="main-nav">
            <ul>
              <li>
                <Link to="/" activeOptions={{ exact: true }}>
                  {t("nav.home")}
                </Link>
              </li>
              {user && <MyRegionLinks user={user} />}
              {user && user.role !== "partner" && (
                <li>
                  <Link to="/overview">{t("nav.overview")}</Link>
                </li>
              )}
              {can(user, "task.read") && (
                <li>
                  <Link to="/tasks">{t("tasks.nav")}</Link>
                </li>
              )}
              {can(user, "national.view") && (
                <li>
                  <Link to="/hearings">{t("hearings.national.nav")}</Link>
                </li>
              )}
              {can(user, "user.manage") && (
                <li>
                  <Link to="/users">{t("nav.users")}</Link>
                </li>
              )}
              {can(user, "region.manage") && (
                <li>
                  <Link to="/settings/regions">{t("regionAdmin.nav")}</Link>
                </li>
              )}
              {can(user, "settings.manage") && (
                <li>
                  <Link to="/settings/milestones">{t("milestones.settings.nav")}</Link>
                </li>
              )}
              {can(user, "settings.manage") && (
                <li>
                  <Link to="/settings/pages">{t("networkPages.title")}</Link>
                </li>
              )}
              {can(user, "audit.read") && (
                <li>
                  <Link to="/audit">{t("nav.audit")}</Link>
                </li>
              )}
            </ul>
          </nav>
          {user && (
            <Suspense fallback={null}>
              <OutboxIndicator userId={user.id} />
            </Suspense>
          )}
          <LanguageSwitch />
          {account}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container main">
        {children}
      </main>
      <UndoNotice />
    </>
  );
}
