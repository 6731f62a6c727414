import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Attachments } from "../../../components/attachments";
import { FormFailure } from "../../../components/form-failure";
import { PrintLink } from "../../../components/print-link";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { focusAfterMove, moved } from "../lib/reorder";
import { useFocusLater } from "../lib/use-focus-later";
import { useProgramCache } from "../lib/use-program-cache";
import { AddSessionForm } from "./add-session-form";
import type { ForumContext } from "./forum-frame";
import { SessionCard, sessionControlId } from "./session-card";

/**
 * The program: sessions in order, each with its speakers in order. Writers reorder with up/down buttons (no
 * dragging); every change is saved at once, announced, and focus stays with the session or speaker moved.
 */
export function ProgramPage({ forum }: { forum: ForumContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const editionId = forum.edition.id;
  const program = useQuery(trpc.program.forEdition.queryOptions({ editionId }));
  const cache = useProgramCache(editionId);
  const focusLater = useFocusLater();
  const [message, setMessage] = useState("");
  const reorder = useMutation(trpc.program.reorderSessions.mutationOptions());
  const failure = reorder.isError ? describeApiFailure(reorder.error, t("form.networkError")) : null;

  if (!isLoaded(program)) return <QueryFallback query={program} />;
  const sessions = program.data.sessions;

  const announce = (text: string) => setMessage(text);
  const move = (index: number, delta: -1 | 1) => {
    const session = sessions[index];
    if (!session || reorder.isPending) return;
    const next = moved(sessions, index, delta);
    reorder.mutate(
      { editionId, sessionIds: next.map((s) => s.id) },
      {
        onSuccess: (result) => {
          cache.set(result);
          const position = index + delta + 1;
          announce(t("forum.program.moved", { title: session.title, position, total: next.length }));
          focusLater(sessionControlId(session.id, focusAfterMove(delta, position, next.length)));
        },
      },
    );
  };

  return (
    <section aria-labelledby="program-heading" className="forum-section">
      <h2 id="program-heading">{t("forum.program.heading")}</h2>
      <p>
        <PrintLink
          to="/print/forums/$slug/$year/program"
          params={{ slug: forum.slug, year: String(forum.edition.year) }}
        />
      </p>
      {forum.canWrite && <p className="muted">{t("forum.program.intro")}</p>}
      <p role="status" className="visually-hidden">
        {message}
      </p>
      <FormFailure
        failure={failure}
        onReload={() => {
          reorder.reset();
          void cache.reload();
        }}
      />
      {sessions.length === 0 ? (
        <p className="empty">{t("forum.program.empty")}</p>
      ) : (
        <ol className="session-list">
          {sessions.map((session, index) => (
            <li key={session.id}>
              <SessionCard
                session={session}
                index={index}
                total={sessions.length}
                canWrite={forum.canWrite}
                cache={cache}
                announce={announce}
                focusLater={focusLater}
                onMove={(delta) => move(index, delta)}
                onRemoved={() => {
                  const neighbour = sessions[index + 1] ?? sessions[index - 1];
                  focusLater(neighbour ? sessionControlId(neighbour.id, "heading") : "add-session-heading");
                }}
              />
            </li>
          ))}
        </ol>
      )}
      {forum.canWrite && (
        <AddSessionForm
          editionId={editionId}
          onAdded={(session) => {
            cache.add(session);
            announce(t("forum.program.added", { title: session.title, position: sessions.length + 1 }));
            focusLater(sessionControlId(session.id, "heading"));
          }}
        />
      )}
      <Attachments recordType="forum_edition" recordId={editionId} canWrite={forum.canWrite} />
    </section>
  );
}
