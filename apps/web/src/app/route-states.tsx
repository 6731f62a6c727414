import { ErrorComponent, type ErrorComponentProps } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../components/page-heading";

/** Shown while a screen's chunk (and its data) is on its way, after a short delay so fast loads do not flash. */
export function RoutePending() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-busy="true">
      <h1 className="page-title loading">{t("app.pageLoading")}</h1>
    </div>
  );
}

/**
 * A screen's chunk that can no longer be fetched: after a deploy the old file names are gone. The router reloads
 * once by itself (lazyRouteComponent); if that did not help (or the network is down), this asks to reload
 * instead of leaving a blank page. Messages as Chromium, Firefox, Safari and Vite's preload helper word them.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : "";
  return (
    message.startsWith("Failed to fetch dynamically imported module") ||
    message.startsWith("error loading dynamically imported module") ||
    message.startsWith("Importing a module script failed") ||
    message.startsWith("Unable to preload CSS")
  );
}

export function RouteError(props: ErrorComponentProps) {
  const { t } = useTranslation();
  if (!isChunkLoadError(props.error)) return <ErrorComponent {...props} />;
  return (
    <>
      <PageHeading title={t("app.chunkLoadTitle")} />
      <div className="notice notice--error" role="alert">
        <p>{t("app.chunkLoadError")}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t("app.reload")}
        </button>
      </div>
    </>
  );
}
