import type { ShortDateContext } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { PublishButton } from "../../../components/publish-button";
import { useTimelineText } from "../../../components/timeline-text";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";
import { EntryLink } from "./entry-link";
import { NoteForm } from "./note-form";

type Entry = RouterOutputs["timeline"]["list"]["rows"][number];

interface Props {
  slug: string;
  entries: Entry[];
  canWrite: boolean;
  /** For correcting notes: the region and how its short dates are read. */
  regionId: string;
  dateContext: ShortDateContext;
}

/**
 * The log as the API sends it (newest first); writers get a public/private toggle on each entry, and notes
 * written on the log can be corrected or deleted here (a meeting's or hearing's entry follows its record).
 */
export function TimelineEntries({ slug, entries, canWrite, regionId, dateContext }: Props) {
  const { t } = useTranslation();
  const text = useTimelineText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useMutation(trpc.timeline.deleteNote.mutationOptions());
  const setPublic = useMutation(
    trpc.timeline.setPublic.mutationOptions({
      onSuccess: (_data, input) => {
        const entry = entries.find((e) => e.id === input.id);
        setAnnouncement(
          t("timeline.publicChanged", {
            title: entry?.title ?? "",
            state: input.isPublic ? t("timeline.publicOn") : t("timeline.publicOff"),
          }),
        );
        return queryClient.invalidateQueries(trpc.timeline.pathFilter());
      },
      onError: () => setAnnouncement(t("timeline.toggleFailed")),
    }),
  );

  return (
    <>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <ol className="entries timeline">
        {entries.map((entry) => (
          <li key={entry.id} className="entry">
            <p className="entry-meta">
              <DateText value={{ date: entry.occurredOn, precision: entry.precision }} />
              <span className="tag">{t(`timelineKind.${entry.kind}`)}</span>
              {entry.isPublic && !canWrite && <span className="tag tag--public">{t("timeline.public")}</span>}
              {canWrite && (
                <PublishButton
                  title={entry.title}
                  isPublic={entry.isPublic}
                  pending={setPublic.isPending && setPublic.variables?.id === entry.id}
                  confirmTitle={t("publish.confirmTitle", { title: entry.title })}
                  confirmBody={
                    <>
                      <p>{t("publish.confirmBody")}</p>
                      <ul>
                        <li>{t("publish.where.regionPage")}</li>
                        <li>{t("publish.where.forumPage", { page: `/forums/${slug}` })}</li>
                        <li>{t("publish.where.atomFeed")}</li>
                      </ul>
                    </>
                  }
                  onChange={(isPublic) => setPublic.mutate({ id: entry.id, isPublic })}
                />
              )}
            </p>
            <h3 className="entry-title">
              <EntryLink
                slug={slug}
                sourceType={entry.sourceType}
                sourceId={entry.sourceId}
                title={text(entry).title}
              />
            </h3>
            {entry.body && <p className="entry-body">{text(entry).body}</p>}
            {canWrite &&
              entry.kind === "note" &&
              entry.sourceType === null &&
              (editing === entry.id ? (
                <NoteForm
                  regionId={regionId}
                  context={dateContext}
                  note={entry}
                  onDone={() => setEditing(null)}
                />
              ) : (
                <div className="record-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t("timeline.editNote", { title: entry.title })}
                    onClick={() => setEditing(entry.id)}
                  >
                    {t("timeline.edit")}
                  </button>
                  <DeleteWithUndo
                    label={t("timeline.delete")}
                    accessibleLabel={t("timeline.deleteNote", { title: entry.title })}
                    small
                    confirmTitle={t("timeline.deleteNoteTitle", { title: entry.title })}
                    what={entry.title}
                    onDelete={() => remove.mutateAsync({ id: entry.id, version: entry.version })}
                    onDeleted={() => void queryClient.invalidateQueries(trpc.timeline.pathFilter())}
                  />
                </div>
              ))}
          </li>
        ))}
      </ol>
    </>
  );
}
