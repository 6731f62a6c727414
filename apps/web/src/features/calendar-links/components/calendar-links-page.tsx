import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";
import { CalendarHelp } from "./calendar-help";
import { CreateLinkForm } from "./create-link-form";
import { CreatedLink } from "./created-link";
import { LinksTable } from "./links-table";
import "../calendar-links.css";

export type CreatedFeedLink = RouterOutputs["feedToken"]["create"];

/**
 * カレンダー連携: private links a calendar app subscribes to (the user's own schedule, a region's calendar). A
 * link is shown once, when made; the list shows when each was last used, and any can be revoked.
 */
export function CalendarLinksPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const list = useQuery(trpc.feedToken.list.queryOptions());
  const [created, setCreated] = useState<CreatedFeedLink | null>(null);

  return (
    <div className="calendar-links">
      <PageHeading title={t("calendarLinks.title")} />
      <p className="lead">{t("calendarLinks.intro")}</p>
      <p className="notice notice--info">
        <strong>{t("calendarLinks.warning")}</strong>
      </p>

      <section aria-labelledby="calendar-create-heading" className="section">
        <h2 id="calendar-create-heading">{t("calendarLinks.createHeading")}</h2>
        <CreateLinkForm onCreated={setCreated} />
        {created && <CreatedLink key={created.id} created={created} onDismiss={() => setCreated(null)} />}
      </section>

      <section aria-labelledby="calendar-list-heading" className="section">
        <h2 id="calendar-list-heading">{t("calendarLinks.listHeading")}</h2>
        <ListState query={list}>
          {(data) => (
            <LinksTable
              links={data}
              // A revoked link's addresses are dead: they leave the screen with it.
              onRevoked={(id) => setCreated((shown) => (shown?.id === id ? null : shown))}
            />
          )}
        </ListState>
      </section>

      <CalendarHelp />
    </div>
  );
}
