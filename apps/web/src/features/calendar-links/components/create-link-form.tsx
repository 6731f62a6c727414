import { feedTokenCreateSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { type FieldErrors, fieldErrorsOf } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { useFocusInvalid } from "../../../lib/use-focus-invalid";
import type { CreatedFeedLink } from "./calendar-links-page";

/** A new link needs only a name saying where it is used ("仕事用のカレンダー"), to recognise it in the list. */
export function CreateLinkForm({ onCreated }: { onCreated: (created: CreatedFeedLink) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusInvalid(formRef);
  const [label, setLabel] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.feedToken.create.mutationOptions({
      onSuccess: async (created) => {
        setLabel("");
        onCreated(created);
        await queryClient.invalidateQueries(trpc.feedToken.list.queryFilter());
      },
    }),
  );
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const parsed = feedTokenCreateSchema.safeParse({ label });
    setErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    if (!parsed.success) {
      focusInvalid();
      return;
    }
    create.mutate(parsed.data);
  };

  return (
    <form ref={formRef} className="form card" noValidate onSubmit={submit}>
      <FormFailure failure={failure} />
      <TextField
        id="calendar-label"
        label={t("calendarLinks.fields.label")}
        hint={t("calendarLinks.hints.label")}
        required
        value={label}
        onChange={setLabel}
        errors={{ ...failure?.fieldErrors, ...errors }.label}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          {create.isPending ? t("calendarLinks.creating") : t("calendarLinks.create")}
        </button>
      </div>
    </form>
  );
}
