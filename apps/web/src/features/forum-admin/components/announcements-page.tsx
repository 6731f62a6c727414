import { isEditionPublic, todayInTokyo } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { useRouterState } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { useTRPC } from "../../../lib/trpc";
import { announcementControlId } from "../lib/announcement-values";
import { useAnnouncementCache } from "../lib/use-announcement-cache";
import { useFocusLater } from "../lib/use-focus-later";
import { AnnouncementItem } from "./announcement-item";
import { CreateAnnouncement } from "./create-announcement";
import type { ForumContext } from "./forum-frame";

/**
 * The edition's お知らせ, newest first: drafts (the committee's) and published ones (on the public page, the Atom
 * feed and the region's timeline). A draft the server wrote when the venue filled up stands out until published.
 * Everyone else who may see the forum (pro bono staff, its partner) reads the published ones only: the server
 * leaves the drafts out for them.
 */
export function AnnouncementsPage({ forum }: { forum: ForumContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const editionId = forum.edition.id;
  const list = useQuery(trpc.announcement.forEdition.queryOptions({ editionId }));
  const cache = useAnnouncementCache(editionId);
  const focusLater = useFocusLater();
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState("");
  const hash = useRouterState({ select: (s) => s.location.hash });
  const loaded = list.data !== undefined;

  // Arriving from "お知らせの下書きを確認する": the draft named in the address takes focus once it is on screen.
  useEffect(() => {
    if (loaded && hash) document.getElementById(hash)?.focus();
  }, [loaded, hash]);

  if (!isLoaded(list)) return <QueryFallback query={list} />;
  const canPublish = isEditionPublic(forum.edition.stage);

  return (
    <section aria-labelledby="announcements-heading" className="forum-section">
      <div className="section-head">
        <h2 id="announcements-heading">{t("forum.announcements.heading")}</h2>
        {forum.canWrite && (
          <button
            id="announcement-create-toggle"
            type="button"
            className="button"
            aria-expanded={creating}
            aria-controls="announcement-create"
            onClick={() => {
              setCreating((open) => !open);
              if (!creating) focusLater("new-announcement-title");
            }}
          >
            {t("forum.announcements.create")}
          </button>
        )}
      </div>
      <p className="muted">
        {t(forum.canReadRecords ? "forum.announcements.intro" : "forum.announcements.introPublished")}
      </p>
      {forum.canWrite && !canPublish && (
        <p className="notice notice--info">
          {t("forum.announcements.notPublicYet", { stage: t(`stage.${forum.edition.stage}`) })}
        </p>
      )}
      <div id="announcement-create" hidden={!creating}>
        {creating && (
          <CreateAnnouncement
            editionId={editionId}
            today={todayInTokyo(new Date())}
            onDone={(created) => {
              setCreating(false);
              if (created) {
                cache.add(created);
                setMessage(t("forum.announcements.created", { title: created.title }));
                focusLater(announcementControlId(created.id, "heading"));
              } else {
                focusLater("announcement-create-toggle");
              }
            }}
          />
        )}
      </div>
      <div role="status" className={message ? "notice notice--success" : undefined}>
        {message}
      </div>
      {list.data.length === 0 ? (
        <p className="empty">{t("forum.announcements.empty")}</p>
      ) : (
        <ol className="announcement-list">
          {list.data.map((announcement) => (
            <li key={announcement.id}>
              <AnnouncementItem
                announcement={announcement}
                canWrite={forum.canWrite}
                canPublish={canPublish}
                cache={cache}
                focusLater={focusLater}
                onMessage={setMessage}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
