import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";
import { EntryLink } from "./entry-link";

type Entry = RouterOutputs["timeline"]["list"]["rows"][number];

interface Props {
  slug: string;
  entries: Entry[];
  canWrite: boolean;
}

/** The log as the API sends it (newest first); writers get a public/private toggle on each entry. */
export function TimelineEntries({ slug, entries, canWrite }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState("");
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
                <button
                  type="button"
                  className="toggle"
                  aria-pressed={entry.isPublic}
                  aria-label={t("timeline.togglePublic", { title: entry.title })}
                  onClick={() => setPublic.mutate({ id: entry.id, isPublic: !entry.isPublic })}
                >
                  <span aria-hidden="true">{entry.isPublic ? "✓ " : ""}</span>
                  {t("timeline.public")}
                </button>
              )}
            </p>
            <h3 className="entry-title">
              <EntryLink
                slug={slug}
                sourceType={entry.sourceType}
                sourceId={entry.sourceId}
                title={entry.title}
              />
            </h3>
            {entry.body && <p className="entry-body">{entry.body}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
