import { useRouterState } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

// The path of the last heading rendered; undefined until the first page has rendered.
let renderedPath: string | undefined;
// The path whose heading was last focused after a navigation.
let autoFocusedPath: string | undefined;

/**
 * The page's one h1. After a client-side navigation it takes focus, so screen readers announce the new
 * page and keyboard users continue from its top; on the first load focus stays put so the skip link
 * comes first. It also names the browser tab.
 */
export function PageHeading({ title, id }: { title: string; id?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  useEffect(() => {
    document.title = t("app.documentTitle", { page: title });
  }, [t, title]);

  useEffect(() => {
    const navigated = renderedPath !== undefined && renderedPath !== pathname;
    // The router may remount a page right after it rendered; a heading replaced that way drops focus to body.
    const dropped = autoFocusedPath === pathname && document.activeElement === document.body;
    if (navigated || dropped) {
      ref.current?.focus();
      autoFocusedPath = pathname;
    }
    renderedPath = pathname;
  }, [pathname]);

  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-title">
      {title}
    </h1>
  );
}
