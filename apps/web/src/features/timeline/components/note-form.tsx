import { type ShortDateContext, timelineNoteSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormCheckbox, FormShortDate, FormText, FormTextArea } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { readShortDate } from "../../../components/short-date-field";
import { describeApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { todayText } from "../../../lib/short-date";
import { useTRPC } from "../../../lib/trpc";

const empty = () => ({ occurredOn: todayText(), title: "", body: "", isPublic: false });

interface Props {
  regionId: string;
  context: ShortDateContext;
  /** A note's values to start from (an edit); blank otherwise. */
  defaultValues?: Partial<ReturnType<typeof empty>>;
}

export function NoteForm({ regionId, context, defaultValues }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sf = useSchemaForm({
    schema: timelineNoteSchema,
    defaultValues: { ...empty(), ...defaultValues },
    toInput: (values) => ({
      regionId,
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
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        if (!create.isPending) create.mutate(input);
      }}
      className="form card"
      aria-labelledby="note-heading"
    >
      <h2 id="note-heading">{t("timeline.noteHeading")}</h2>
      <p className="muted">{t("form.requiredNote")}</p>
      <FormFailure failure={failure} />
      <FormShortDate
        id="note-occurredOn"
        name="occurredOn"
        label={t("timeline.noteFields.occurredOn")}
        context={context}
        reading="past"
        allowMonth
        required
      />
      <FormText id="note-title" name="title" label={t("timeline.noteFields.title")} required />
      <FormTextArea id="note-body" name="body" label={t("timeline.noteFields.body")} />
      <FormCheckbox
        id="note-isPublic"
        name="isPublic"
        label={t("form.isPublic")}
        hint={t("form.isPublicHint")}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          {create.isPending ? t("form.saving") : t("timeline.addNote")}
        </button>
        <div role="status" className={create.isSuccess ? "notice notice--success" : undefined}>
          {create.isSuccess && t("timeline.noteAdded")}
        </div>
      </div>
    </SchemaForm>
  );
}
