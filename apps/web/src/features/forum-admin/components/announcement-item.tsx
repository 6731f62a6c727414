import { announcementUpdateSchema } from "@kyoso/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { DateText } from "../../../components/date-text";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import {
  type AnnouncementValues,
  announcementControlId,
  valuesOfAnnouncement,
} from "../lib/announcement-values";
import type { Announcement } from "../lib/types";
import type { AnnouncementCache } from "../lib/use-announcement-cache";
import { AnnouncementFields } from "./announcement-fields";
import { AnnouncementStatusBadge } from "./announcement-status-badge";
import { InlineForm } from "./inline-form";

type Action = "publish" | "unpublish";

interface Props {
  announcement: Announcement;
  canWrite: boolean;
  /** The edition is at a stage whose announcements may be public. */
  canPublish: boolean;
  cache: AnnouncementCache;
  focusLater: (id: string) => void;
  onMessage: (message: string) => void;
}

/** One announcement: date, status, heading and body; writers edit, publish, unpublish and delete it. */
export function AnnouncementItem({
  announcement: a,
  canWrite,
  canPublish,
  cache,
  focusLater,
  onMessage,
}: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<Action | null>(null);
  const id = (control: Parameters<typeof announcementControlId>[1]) => announcementControlId(a.id, control);
  const venueFullDraft = a.origin === "venue_full" && a.status === "draft";

  const done = (message: string) => (saved: Announcement) => {
    setDialog(null);
    cache.replace(saved);
    onMessage(message);
    // The button pressed is gone with the status it belonged to: the heading takes focus.
    focusLater(id("heading"));
  };
  const onError = () => setDialog(null);
  const publish = useMutation(
    trpc.announcement.publish.mutationOptions({
      onSuccess: done(t("forum.announcements.published", { title: a.title })),
      onError,
    }),
  );
  const unpublish = useMutation(
    trpc.announcement.unpublish.mutationOptions({
      onSuccess: done(t("forum.announcements.unpublished", { title: a.title })),
      onError,
    }),
  );
  const remove = useMutation(trpc.announcement.delete.mutationOptions());
  const mutations = [publish, unpublish];
  const pending = mutations.some((m) => m.isPending);
  const failed = mutations.find((m) => m.isError);
  const failure = failed ? describeApiFailure(failed.error, t("form.networkError")) : null;
  const versioned = { id: a.id, version: a.version };
  const open = (action: Action) => {
    for (const m of mutations) m.reset();
    onMessage("");
    setDialog(action);
  };
  const dialogProps = (action: Action) => ({
    open: dialog === action,
    pending,
    onCancel: () => setDialog((d) => (d === action ? null : d)),
  });

  return (
    <article
      id={id("item")}
      tabIndex={-1}
      className={venueFullDraft ? "card announcement announcement--attention" : "card announcement"}
      aria-labelledby={editing ? undefined : id("heading")}
      aria-label={editing ? a.title : undefined}
    >
      <p className="entry-meta">
        <DateText value={a.announcedOn} />
        <AnnouncementStatusBadge status={a.status} />
        {a.origin === "venue_full" && <span className="tag">{t("forum.announcements.venueFullTag")}</span>}
      </p>
      {editing ? (
        <EditAnnouncement
          announcement={a}
          cache={cache}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onMessage(t("forum.announcements.saved", { title: saved.title }));
            focusLater(id("edit"));
          }}
        />
      ) : (
        <>
          <h3 id={id("heading")} tabIndex={-1} className="announcement-title">
            {a.title}
          </h3>
          <p className="pre-line announcement-body">{a.body}</p>
        </>
      )}
      {venueFullDraft && canWrite && (
        <p className="notice notice--info">{t("forum.announcements.venueFullDraftNote")}</p>
      )}
      {a.status === "published" && a.publishedAt && (
        <p className="muted small">
          {t("forum.announcements.publishedAt", { at: dates.dateTime(a.publishedAt) })}
        </p>
      )}
      <FormFailure failure={failure} onReload={() => cache.reload()} />
      {canWrite && !editing && (
        <div className="item-tools">
          {a.status === "draft" && canPublish && (
            <button
              id={id("publish")}
              type="button"
              className="button button--small"
              onClick={() => open("publish")}
            >
              {t("forum.announcements.publish")}
              <span className="visually-hidden">{t("forum.announcements.which", { title: a.title })}</span>
            </button>
          )}
          {a.status === "published" && (
            <button
              id={id("unpublish")}
              type="button"
              className="button button--secondary button--small"
              onClick={() => open("unpublish")}
            >
              {t("forum.announcements.unpublish")}
              <span className="visually-hidden">{t("forum.announcements.which", { title: a.title })}</span>
            </button>
          )}
          <button
            id={id("edit")}
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setEditing(true);
              focusLater(`announcement-${a.id}-form-title`);
            }}
          >
            {t("forum.edit")}
            <span className="visually-hidden">{t("forum.announcements.which", { title: a.title })}</span>
          </button>
          <DeleteWithUndo
            label={t("forum.announcements.removeWhich")}
            confirmTitle={t("forum.announcements.removeTitle")}
            confirmBody={[
              t("forum.announcements.removeBody", { title: a.title }),
              a.status === "published" ? t("forum.announcements.removePublished") : "",
            ].join("")}
            what={a.title}
            onDelete={() => {
              onMessage("");
              return remove.mutateAsync(versioned);
            }}
            onDeleted={() => {
              focusLater("announcements-heading");
              cache.remove(a.id);
            }}
          />
        </div>
      )}
      {canWrite && (
        <>
          <ConfirmDialog
            {...dialogProps("publish")}
            title={t("forum.announcements.publishTitle")}
            confirmLabel={t("forum.announcements.publish")}
            onConfirm={() => publish.mutate(versioned)}
          >
            <p>{t("forum.announcements.publishBody", { title: a.title })}</p>
          </ConfirmDialog>
          <ConfirmDialog
            {...dialogProps("unpublish")}
            title={t("forum.announcements.unpublishTitle")}
            confirmLabel={t("forum.announcements.unpublish")}
            onConfirm={() => unpublish.mutate(versioned)}
          >
            <p>{t("forum.announcements.unpublishBody", { title: a.title })}</p>
          </ConfirmDialog>
        </>
      )}
    </article>
  );
}

function EditAnnouncement({
  announcement,
  cache,
  onDone,
}: {
  announcement: Announcement;
  cache: AnnouncementCache;
  onDone: (saved: Announcement | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // The create form's fields and schema rules, started from the record: the same form edits.
  const sf = useSchemaForm({
    schema: announcementUpdateSchema,
    defaultValues: valuesOfAnnouncement(announcement),
    toInput: (values: AnnouncementValues) => ({
      id: announcement.id,
      version: announcement.version,
      ...values,
    }),
  });
  const update = useMutation(
    trpc.announcement.update.mutationOptions({
      onSuccess: (saved) => {
        cache.replace(saved);
        onDone(saved);
      },
    }),
  );
  const failure = update.isError ? describeApiFailure(update.error, t("form.networkError")) : null;

  return (
    <InlineForm
      form={sf}
      legend={t("forum.announcements.editLegend")}
      failure={failure}
      onReload={() => {
        cache.reload();
        onDone(null);
      }}
      pending={update.isPending}
      submitLabel={t("forum.save")}
      onValid={(input) => update.mutate(input)}
      onCancel={() => onDone(null)}
    >
      {announcement.status === "published" && (
        <p className="notice notice--info">{t("forum.announcements.editPublishedNote")}</p>
      )}
      <AnnouncementFields idPrefix={`announcement-${announcement.id}-form`} />
    </InlineForm>
  );
}
