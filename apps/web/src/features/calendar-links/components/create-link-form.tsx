import { feedTokenCreateSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useSchemaForm } from "../../../lib/use-schema-form";
import type { CreatedFeedLink } from "./calendar-links-page";

/** A new link needs only a name saying where it is used ("仕事用のカレンダー"), to recognise it in the list. */
export function CreateLinkForm({ onCreated }: { onCreated: (created: CreatedFeedLink) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState("");
  const { formRef, errors, check } = useSchemaForm();
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
    const parsed = check(feedTokenCreateSchema, { label });
    if (!parsed) return;
    create.mutate(parsed);
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
