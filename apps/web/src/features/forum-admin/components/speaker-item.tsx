import { speakerLine, speakerUpdateSchema } from "@kyoso/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { type SpeakerValues, speakerValuesOf } from "../lib/session-values";
import type { Speaker } from "../lib/types";
import type { ProgramCache } from "../lib/use-program-cache";
import { InlineForm } from "./inline-form";
import { SpeakerFields } from "./session-fields";

export const speakerControlId = (id: string, control: "up" | "down" | "edit" | "remove") =>
  `speaker-${id}-${control}`;

interface Props {
  speaker: Speaker;
  index: number;
  total: number;
  canWrite: boolean;
  cache: ProgramCache;
  announce: (text: string) => void;
  focusLater: (id: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemoved: () => void;
}

/** One speaker: 「朝日雅也 埼玉県立大学 名誉教授」, with move, edit and remove for writers. */
export function SpeakerItem(props: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { speaker, index, total, canWrite, cache, focusLater } = props;
  const [editing, setEditing] = useState(false);
  const remove = useMutation(trpc.program.deleteSpeaker.mutationOptions());
  const role = [speaker.affiliation, speaker.title].filter(Boolean).join(" ");
  const who = speakerLine(speaker);

  if (editing) {
    return (
      <li className="speaker-item">
        <EditSpeaker
          speaker={speaker}
          cache={cache}
          onDone={(saved) => {
            setEditing(false);
            if (saved) props.announce(t("forum.speakers.saved", { name: saved }));
            focusLater(speakerControlId(speaker.id, "edit"));
          }}
        />
      </li>
    );
  }
  return (
    <li className="speaker-item">
      <span className="speaker-text">
        <span className="speaker-name">{speaker.name}</span>
        {role && <span className="speaker-role">{role}</span>}
      </span>
      {canWrite && (
        <span className="item-tools item-tools--inline">
          {total > 1 && (
            <>
              <button
                id={speakerControlId(speaker.id, "up")}
                type="button"
                className="button button--secondary button--small"
                disabled={index === 0}
                aria-label={t("forum.speakers.moveUpLabel", { name: speaker.name })}
                onClick={() => props.onMove(-1)}
              >
                <span aria-hidden="true">↑ </span>
                {t("forum.moveUp")}
              </button>
              <button
                id={speakerControlId(speaker.id, "down")}
                type="button"
                className="button button--secondary button--small"
                disabled={index === total - 1}
                aria-label={t("forum.speakers.moveDownLabel", { name: speaker.name })}
                onClick={() => props.onMove(1)}
              >
                <span aria-hidden="true">↓ </span>
                {t("forum.moveDown")}
              </button>
            </>
          )}
          <button
            id={speakerControlId(speaker.id, "edit")}
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setEditing(true);
              focusLater(`speaker-${speaker.id}-form-name`);
            }}
          >
            {t("forum.edit")}
            <span className="visually-hidden">{t("forum.speakers.which", { name: speaker.name })}</span>
          </button>
          <DeleteWithUndo
            label={t("forum.speakers.removeWhich", { name: speaker.name })}
            confirmTitle={t("forum.speakers.removeTitle")}
            confirmBody={t("forum.speakers.removeBody", { who })}
            what={speaker.name}
            onDelete={() => remove.mutateAsync({ id: speaker.id, version: speaker.version })}
            onDeleted={() => {
              props.onRemoved();
              // The session's version moved with its speakers: the program is read again.
              void cache.reload();
            }}
          />
        </span>
      )}
    </li>
  );
}

function EditSpeaker({
  speaker,
  cache,
  onDone,
}: {
  speaker: Speaker;
  cache: ProgramCache;
  onDone: (savedName: string | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // The add form's fields and schema rules, started from the speaker: the same form edits.
  const sf = useSchemaForm({
    schema: speakerUpdateSchema,
    defaultValues: speakerValuesOf(speaker),
    toInput: (values: SpeakerValues) => ({ id: speaker.id, version: speaker.version, ...values }),
  });
  const update = useMutation(
    trpc.program.updateSpeaker.mutationOptions({
      onSuccess: (saved, input) => {
        cache.replace(saved);
        onDone(input.name);
      },
    }),
  );
  const failure = update.isError ? describeApiFailure(update.error, t("form.networkError")) : null;

  return (
    <InlineForm
      form={sf}
      legend={t("forum.speakers.editLegend", { name: speaker.name })}
      failure={failure}
      onReload={() => void cache.reload()}
      pending={update.isPending}
      submitLabel={t("forum.save")}
      onValid={(input) => update.mutate(input)}
      onCancel={() => onDone(null)}
    >
      <SpeakerFields idPrefix={`speaker-${speaker.id}-form`} />
    </InlineForm>
  );
}
