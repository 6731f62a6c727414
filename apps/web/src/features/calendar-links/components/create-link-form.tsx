import { feedTokenCreateSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import type { CreatedFeedLink } from "./calendar-links-page";

/** A new link needs only a name saying where it is used ("仕事用のカレンダー"), to recognise it in the list. */
export function CreateLinkForm({ onCreated }: { onCreated: (created: CreatedFeedLink) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sf = useSchemaForm({ schema: feedTokenCreateSchema, defaultValues: { label: "" } });
  const create = useMutation(
    trpc.feedToken.create.mutationOptions({
      onSuccess: async (created) => {
        sf.form.reset({ label: "" });
        onCreated(created);
        await queryClient.invalidateQueries(trpc.feedToken.list.queryFilter());
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
    >
      <FormFailure failure={failure} />
      <FormText
        id="calendar-label"
        name="label"
        label={t("calendarLinks.fields.label")}
        hint={t("calendarLinks.hints.label")}
        required
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          {create.isPending ? t("calendarLinks.creating") : t("calendarLinks.create")}
        </button>
      </div>
    </SchemaForm>
  );
}
