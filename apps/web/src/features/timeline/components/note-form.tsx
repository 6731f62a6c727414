import { type ShortDateContext, timelineNoteSchema, timelineNoteUpdateSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormCheckbox, FormShortDate, FormText, FormTextArea } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { OutboxQueued } from "../../../components/outbox-queued";
import { readShortDate } from "../../../components/short-date-field";
import { describeApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { useOutboxSave } from "../../../lib/outbox/use-outbox-save";
import { todayText } from "../../../lib/short-date";
import { useTRPC } from "../../../lib/trpc";

const empty = () => ({ occurredOn: todayText(), title: "", body: "", isPublic: false });

/** A note to correct, as the timeline lists it. */
export interface EditedNote {
  id: string;
  version: number;
  occurredOn: string;
  precision: "day" | "month";
  title: string;
  body: string | null;
  isPublic: boolean;
}

interface Props {
  regionId: string;
  context: ShortDateContext;
  /** The note to correct: the same form then edits it at the version shown. */
  note?: EditedNote;
  /** After the correction was saved, or editing was given up. */
  onDone?: () => void;
}

export function NoteForm({ regionId, context, note, onDone }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const prefix = note ? `note-${note.id}` : "note";
  const sf = useSchemaForm({
    schema: note ? timelineNoteUpdateSchema : timelineNoteSchema,
    defaultValues: note
      ? {
          // The short-date field reads a full date, or a year and month, as written.
          occurredOn: note.precision === "day" ? note.occurredOn : note.occurredOn.slice(0, 7),
          title: note.title,
          body: note.body ?? "",
          isPublic: note.isPublic,
        }
      : empty(),
    toInput: (values) => ({
      ...(note ? { id: note.id, version: note.version } : { regionId }),
      occurredOn: readShortDate(values.occurredOn, context, "past", true, t).value,
      title: values.title,
      body: values.body,
      isPublic: values.isPublic,
    }),
    // The date's own message says how to write it, which the schema's "required" would not.
    check: (values): FieldErrors => {
      const date = readShortDate(values.occurredOn, context, "past", true, t);
      return date.error || !date.value ? { occurredOn: [date.error ?? t("shortDate.invalid")] } : {};
    },
  });
  const create = useMutation(
    trpc.timeline.createNote.mutationOptions({
      onSuccess: () => {
        sf.form.reset(empty());
        return queryClient.invalidateQueries(trpc.timeline.pathFilter());
      },
    }),
  );
  const update = useMutation(
    trpc.timeline.updateNote.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.timeline.pathFilter());
        onDone?.();
      },
    }),
  );
  const save = note ? update : create;
  const outbox = useOutboxSave(note ? "timeline.updateNote" : "timeline.createNote");
  const failure = save.isError ? describeApiFailure(save.error, t("form.networkError")) : null;

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        if (save.isPending) return;
        // The key is made at the press of save: every later send of this note carries the same one.
        const keyed = { ...input, idempotencyKey: outbox.key() };
        const summary = { title: keyed.title };
        const queued = () => {
          save.reset();
          if (note) onDone?.();
          else sf.form.reset(empty());
        };
        outbox.clear();
        if (outbox.offline()) {
          void outbox.queue(keyed, summary).then(queued);
          return;
        }
        const onError = async (error: unknown) => {
          if (await outbox.queueIfUnreachable(error, keyed, summary)) queued();
        };
        if ("id" in keyed) update.mutate(keyed, { onError });
        else create.mutate(keyed, { onError });
      }}
      className="form card"
      aria-labelledby={`${prefix}-heading`}
    >
      {note ? (
        <h4 id={`${prefix}-heading`}>{t("timeline.editNoteHeading")}</h4>
      ) : (
        <h2 id={`${prefix}-heading`}>{t("timeline.noteHeading")}</h2>
      )}
      <p className="muted">{t("form.requiredNote")}</p>
      <FormFailure failure={failure} />
      <FormShortDate
        id={`${prefix}-occurredOn`}
        name="occurredOn"
        label={t("timeline.noteFields.occurredOn")}
        context={context}
        reading="past"
        allowMonth
        required
      />
      <FormText id={`${prefix}-title`} name="title" label={t("timeline.noteFields.title")} required />
      <FormTextArea id={`${prefix}-body`} name="body" label={t("timeline.noteFields.body")} />
      <FormCheckbox
        id={`${prefix}-isPublic`}
        name="isPublic"
        label={t("form.isPublic")}
        hint={t("form.isPublicHint")}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {save.isPending ? t("form.saving") : note ? t("timeline.saveNote") : t("timeline.addNote")}
        </button>
        {note && (
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t("timeline.cancelEdit")}
          </button>
        )}
        <div role="status" className={create.isSuccess ? "notice notice--success" : undefined}>
          {outbox.queued && <OutboxQueued />}
          {create.isSuccess && t("timeline.noteAdded")}
        </div>
      </div>
    </SchemaForm>
  );
}
