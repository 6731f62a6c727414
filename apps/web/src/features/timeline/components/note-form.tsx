import { type ShortDateContext, timelineNoteSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField, TextAreaField, TextField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { readShortDate, ShortDateField } from "../../../components/short-date-field";
import { describeApiFailure } from "../../../lib/api-errors";
import { type FieldErrors, fieldErrorsOf } from "../../../lib/field-errors";
import { todayText } from "../../../lib/short-date";
import { useTRPC } from "../../../lib/trpc";
import { useFocusInvalid } from "../../../lib/use-focus-invalid";

const empty = () => ({ occurredOn: todayText(), title: "", body: "", isPublic: false });

export function NoteForm({ regionId, context }: { regionId: string; context: ShortDateContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusInvalid(formRef);
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.timeline.createNote.mutationOptions({
      onSuccess: () => {
        setValues(empty());
        return queryClient.invalidateQueries(trpc.timeline.pathFilter());
      },
    }),
  );
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;
  const shown = { ...failure?.fieldErrors, ...errors };
  const set = <K extends keyof ReturnType<typeof empty>>(key: K, value: ReturnType<typeof empty>[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const date = readShortDate(values.occurredOn, context, "past", true, t);
    const parsed = timelineNoteSchema.safeParse({
      regionId,
      occurredOn: date.value,
      title: values.title,
      body: values.body,
      isPublic: values.isPublic,
    });
    const found: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    // The date's own message says how to write it, which the schema's "required" would not.
    if (date.error || !date.value) found.occurredOn = [date.error ?? t("shortDate.invalid")];
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      focusInvalid();
      return;
    }
    create.mutate(parsed.data);
  };

  return (
    <form ref={formRef} className="form card" noValidate onSubmit={submit} aria-labelledby="note-heading">
      <h2 id="note-heading">{t("timeline.noteHeading")}</h2>
      <p className="muted">{t("form.requiredNote")}</p>
      <FormFailure failure={failure} />
      <ShortDateField
        id="note-occurredOn"
        label={t("timeline.noteFields.occurredOn")}
        value={values.occurredOn}
        onChange={(v) => set("occurredOn", v)}
        context={context}
        reading="past"
        allowMonth
        required
        errors={shown.occurredOn ?? shown["occurredOn.date"]}
      />
      <TextField
        id="note-title"
        label={t("timeline.noteFields.title")}
        value={values.title}
        onChange={(v) => set("title", v)}
        required
        errors={shown.title}
      />
      <TextAreaField
        id="note-body"
        label={t("timeline.noteFields.body")}
        value={values.body}
        onChange={(v) => set("body", v)}
        errors={shown.body}
      />
      <CheckboxField
        id="note-isPublic"
        label={t("form.isPublic")}
        hint={t("form.isPublicHint")}
        checked={values.isPublic}
        onChange={(v) => set("isPublic", v)}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          {create.isPending ? t("form.saving") : t("timeline.addNote")}
        </button>
        <div role="status" className={create.isSuccess ? "notice notice--success" : undefined}>
          {create.isSuccess && t("timeline.noteAdded")}
        </div>
      </div>
    </form>
  );
}
