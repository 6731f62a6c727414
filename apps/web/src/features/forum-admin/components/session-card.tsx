import { sessionUpdateSchema } from "@kyoso/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { type SessionValues, sessionFields, sessionValuesOf } from "../lib/session-values";
import type { Session } from "../lib/types";
import type { ProgramCache } from "../lib/use-program-cache";
import { InlineForm } from "./inline-form";
import { SessionFields } from "./session-fields";
import { SessionTime } from "./session-time";
import { SpeakerList } from "./speaker-list";

export const sessionControlId = (
  id: string,
  control: "heading" | "up" | "down" | "edit" | "remove" | "addSpeaker",
) => `session-${id}-${control}`;

interface Props {
  session: Session;
  index: number;
  total: number;
  canWrite: boolean;
  cache: ProgramCache;
  announce: (text: string) => void;
  focusLater: (id: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemoved: () => void;
}

/** One session: kind, time, title, subtitle and speakers, with (for writers) move, edit and remove. */
export function SessionCard(props: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { session, index, total, canWrite, cache, focusLater } = props;
  const n = index + 1;
  const [editing, setEditing] = useState(false);
  const remove = useMutation(trpc.program.deleteSession.mutationOptions());

  return (
    <article
      className="card session-card"
      aria-labelledby={editing ? undefined : sessionControlId(session.id, "heading")}
      aria-label={editing ? session.title : undefined}
    >
      {editing ? (
        <EditSession
          session={session}
          n={n}
          cache={cache}
          onDone={(saved) => {
            setEditing(false);
            if (saved) props.announce(t("forum.program.saved", { title: saved.title }));
            focusLater(sessionControlId(session.id, "edit"));
          }}
        />
      ) : (
        <>
          <p className="session-meta">
            <span className="session-number" aria-hidden="true">
              {n}
            </span>
            <span className="tag">{t(`sessionKind.${session.kind}`)}</span>
            <SessionTime startsAt={session.startsAt} endsAt={session.endsAt} />
          </p>
          <h3 id={sessionControlId(session.id, "heading")} tabIndex={-1} className="session-title">
            {session.title}
          </h3>
          {session.subtitle && <p className="subtitle">{session.subtitle}</p>}
        </>
      )}
      <SpeakerList session={session} canWrite={canWrite} cache={cache} announce={props.announce} />
      {canWrite && !editing && (
        <div className="item-tools">
          <button
            id={sessionControlId(session.id, "up")}
            type="button"
            className="button button--secondary button--small"
            disabled={index === 0}
            aria-label={t("forum.program.moveUpLabel", { n })}
            onClick={() => props.onMove(-1)}
          >
            <span aria-hidden="true">↑ </span>
            {t("forum.moveUp")}
          </button>
          <button
            id={sessionControlId(session.id, "down")}
            type="button"
            className="button button--secondary button--small"
            disabled={index === total - 1}
            aria-label={t("forum.program.moveDownLabel", { n })}
            onClick={() => props.onMove(1)}
          >
            <span aria-hidden="true">↓ </span>
            {t("forum.moveDown")}
          </button>
          <button
            id={sessionControlId(session.id, "edit")}
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setEditing(true);
              focusLater(`session-${session.id}-form-title`);
            }}
          >
            {t("forum.edit")}
            <span className="visually-hidden">{t("forum.program.which", { n })}</span>
          </button>
          <DeleteWithUndo
            label={t("forum.program.removeWhich", { n })}
            confirmTitle={t("forum.program.removeTitle")}
            confirmBody={t("forum.program.removeBody", {
              title: session.title,
              count: session.speakers.length,
            })}
            what={session.title}
            onDelete={() => remove.mutateAsync({ id: session.id, version: session.version })}
            onDeleted={() => {
              props.onRemoved();
              cache.remove(session.id);
            }}
          />
        </div>
      )}
    </article>
  );
}

interface EditProps {
  session: Session;
  n: number;
  cache: ProgramCache;
  /** Closed: with the saved session, or null when cancelled. */
  onDone: (saved: Session | null) => void;
}

function EditSession({ session, n, cache, onDone }: EditProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // The add form's fields and schema rules, started from the session: the same form edits.
  const sf = useSchemaForm({
    schema: sessionUpdateSchema,
    defaultValues: sessionValuesOf(session),
    toInput: (values: SessionValues) => ({
      id: session.id,
      version: session.version,
      ...sessionFields(values),
    }),
  });
  const update = useMutation(
    trpc.program.updateSession.mutationOptions({
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
      legend={t("forum.program.editLegend", { n })}
      failure={failure}
      onReload={() => {
        void cache.reload();
        onDone(null);
      }}
      pending={update.isPending}
      submitLabel={t("forum.save")}
      onValid={(input) => update.mutate(input)}
      onCancel={() => onDone(null)}
    >
      <SessionFields idPrefix={`session-${session.id}-form`} />
    </InlineForm>
  );
}
