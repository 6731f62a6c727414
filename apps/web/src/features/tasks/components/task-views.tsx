import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

// The router marks a link current on its own only when path and search match exactly; otherwise the view decides.
const EXACT = { exact: true, includeSearch: true } as const;

/** The three ways to look at tasks; the current one carries aria-current. */
export function TaskViews({ current }: { current: "all" | "mine" | "board" }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("tasks.views.label")} className="view-switch">
      <ul>
        <li>
          <Link
            to="/tasks"
            search={{}}
            activeOptions={EXACT}
            aria-current={current === "all" ? "page" : undefined}
          >
            {t("tasks.views.all")}
          </Link>
        </li>
        <li>
          <Link
            to="/tasks"
            search={{ mine: true }}
            activeOptions={EXACT}
            aria-current={current === "mine" ? "page" : undefined}
          >
            {t("tasks.views.mine")}
          </Link>
        </li>
        <li>
          <Link
            to="/tasks/board"
            activeOptions={EXACT}
            aria-current={current === "board" ? "page" : undefined}
          >
            {t("tasks.views.board")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
