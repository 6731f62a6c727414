import { speakerAddSchema } from "@kyoso/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { focusAfterMove, moved } from "../lib/reorder";
import { emptySpeaker, type SpeakerValues } from "../lib/session-values";
import type { Session } from "../lib/types";
import { useFocusLater } from "../lib/use-focus-later";
import type { ProgramCache } from "../lib/use-program-cache";
import { InlineForm } from "./inline-form";
import { SpeakerFields } from "./session-fields";
import { SpeakerItem, speakerControlId } from "./speaker-item";

interface Props {
  session: Session;
  canWrite: boolean;
  cache: ProgramCache;
  announce: (text: string) => void;
}

const addButtonId = (sessionId: string) => `session-${sessionId}-addSpeaker`;

/** A session's speakers in order; writers add, edit, remove and reorder them, each saved at once. */
export function SpeakerList({ session, canWrite, cache, announce }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const focusLater = useFocusLater();
  const [adding, setAdding] = useState(false);
  const reorder = useMutation(trpc.program.reorderSpeakers.mutationOptions());
  const failure = reorder.isError ? describeApiFailure(reorder.error, t("form.networkError")) : null;
  const speakers = session.speakers;

  const move = (index: number, delta: -1 | 1) => {
    const speaker = speakers[index];
    if (!speaker || reorder.isPending) return;
    const next = moved(speakers, index, delta);
    reorder.mutate(
      { sessionId: session.id, speakerIds: next.map((s) => s.id) },
      {
        onSuccess: (saved) => {
          cache.replace(saved);
          const position = index + delta + 1;
          announce(t("forum.speakers.moved", { name: speaker.name, position, total: next.length }));
          focusLater(speakerControlId(speaker.id, focusAfterMove(delta, position, next.length)));
        },
      },
    );
  };

  if (!canWrite && speakers.length === 0) return null;
  return (
    <div className="speaker-block">
      <p className="speaker-block-label" aria-hidden="true">
        {t("forum.program.fields.speakers")}
      </p>
      {speakers.length > 0 ? (
        <ul
          className="speakers speaker-list"
          aria-label={t("forum.speakers.label", { title: session.title })}
        >
          {speakers.map((speaker, index) => (
            <SpeakerItem
              key={speaker.id}
              speaker={speaker}
              index={index}
              total={speakers.length}
              canWrite={canWrite}
              cache={cache}
              announce={announce}
              focusLater={focusLater}
              onMove={(delta) => move(index, delta)}
              onRemoved={() => {
                const neighbour = speakers[index + 1] ?? speakers[index - 1];
                focusLater(neighbour ? speakerControlId(neighbour.id, "edit") : addButtonId(session.id));
              }}
            />
          ))}
        </ul>
      ) : (
        <p className="muted small">{t("forum.speakers.none")}</p>
      )}
      <FormFailure
        failure={failure}
        onReload={() => {
          reorder.reset();
          void cache.reload();
        }}
      />
      {canWrite &&
        (adding ? (
          <AddSpeaker
            session={session}
            cache={cache}
            onDone={(name) => {
              setAdding(false);
              if (name) announce(t("forum.speakers.added", { name, title: session.title }));
              focusLater(addButtonId(session.id));
            }}
          />
        ) : (
          <button
            id={addButtonId(session.id)}
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setAdding(true);
              focusLater(`session-${session.id}-new-speaker-name`);
            }}
          >
            <span aria-hidden="true">＋ </span>
            {t("forum.speakers.add")}
            <span className="visually-hidden">{t("forum.speakers.toSession", { title: session.title })}</span>
          </button>
        ))}
    </div>
  );
}

function AddSpeaker({
  session,
  cache,
  onDone,
}: {
  session: Session;
  cache: ProgramCache;
  onDone: (name: string | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const sf = useSchemaForm({
    schema: speakerAddSchema,
    defaultValues: emptySpeaker(),
    toInput: (values: SpeakerValues) => ({ sessionId: session.id, ...values }),
  });
  const add = useMutation(
    trpc.program.addSpeaker.mutationOptions({
      onSuccess: (saved, input) => {
        cache.replace(saved);
        onDone(input.name);
      },
    }),
  );
  const failure = add.isError ? describeApiFailure(add.error, t("form.networkError")) : null;

  return (
    <InlineForm
      form={sf}
      legend={t("forum.speakers.addLegend", { title: session.title })}
      failure={failure}
      onReload={() => void cache.reload()}
      pending={add.isPending}
      submitLabel={t("forum.speakers.addSubmit")}
      onValid={(input) => add.mutate(input)}
      onCancel={() => onDone(null)}
    >
      <SpeakerFields idPrefix={`session-${session.id}-new-speaker`} />
    </InlineForm>
  );
}
