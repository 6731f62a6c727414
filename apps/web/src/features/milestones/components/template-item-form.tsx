import { templateItemCreateSchema, templateItemUpdateSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { toLanguage } from "../../../i18n/index";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";

type Item = RouterOutputs["milestone"]["template"][number];

interface Values {
  key: string;
  labelJa: string;
  labelEn: string;
  offsetDays: string;
}

const blank = (): Values => ({ key: "", labelJa: "", labelEn: "", offsetDays: "" });

/** One template step: edits it at its version, or (without an item) adds a new step. */
export function TemplateItemForm({ item, onReload }: { item?: Item; onReload?: () => void }) {
  const { t, i18n } = useTranslation();
  const en = toLanguage(i18n.resolvedLanguage) === "en";
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const prefix = item ? `template-${item.key}` : "template-new";
  const sf = useSchemaForm({
    schema: item ? templateItemUpdateSchema : templateItemCreateSchema,
    defaultValues: item
      ? { key: item.key, labelJa: item.labelJa, labelEn: item.labelEn, offsetDays: String(item.offsetDays) }
      : blank(),
    toInput: (values: Values) => {
      // An empty number becomes NaN so the schema answers with its own "enter a number" message.
      const offsetDays = values.offsetDays.trim() === "" ? Number.NaN : Number(values.offsetDays);
      return item
        ? { ...values, offsetDays, key: item.key, version: item.version }
        : { ...values, offsetDays };
    },
  });
  const [saved, setSaved] = useState("");
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.milestone.pathFilter());
    await queryClient.invalidateQueries(trpc.overview.pathFilter());
  };
  const add = useMutation(trpc.milestone.addTemplateItem.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.milestone.updateTemplateItem.mutationOptions({ onSuccess }));
  const mutation = item ? update : add;
  const failure = mutation.isError ? describeApiFailure(mutation.error, t("form.networkError")) : null;

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      className="card form template-item"
      aria-labelledby={`${prefix}-heading`}
      onValid={(input) => {
        setSaved("");
        const label = en ? input.labelEn : input.labelJa;
        const done = () => {
          setSaved(t(item ? "milestones.settings.saved" : "milestones.settings.added", { label }));
          if (!item) sf.form.reset(blank());
        };
        if (item) update.mutate({ ...input, key: item.key, version: item.version }, { onSuccess: done });
        else add.mutate(input, { onSuccess: done });
      }}
    >
      <h3 id={`${prefix}-heading`}>
        {item ? (en ? item.labelEn : item.labelJa) : t("milestones.settings.addHeading")}
      </h3>
      <div className="field-row">
        {!item && (
          <FormText
            id={`${prefix}-key`}
            name="key"
            label={t("milestones.settings.key")}
            hint={t("milestones.settings.keyHint")}
            required
          />
        )}
        <FormText id={`${prefix}-ja`} name="labelJa" label={t("milestones.settings.labelJa")} required />
        <FormText id={`${prefix}-en`} name="labelEn" label={t("milestones.settings.labelEn")} required />
        <FormText
          id={`${prefix}-offset`}
          name="offsetDays"
          label={t("milestones.settings.offsetDays")}
          hint={t("milestones.shiftHint")}
          required
        />
      </div>
      <FormFailure failure={failure} onReload={onReload} />
      <p role="status">{saved}</p>
      <button type="submit" className="button" disabled={mutation.isPending}>
        {item ? t("milestones.settings.save") : t("milestones.settings.add")}
      </button>
    </SchemaForm>
  );
}
