import { templateItemCreateSchema, templateItemUpdateSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { type FieldErrors, fieldErrorsOf } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { useFocusInvalid } from "../../../lib/use-focus-invalid";

type Item = RouterOutputs["milestone"]["template"][number];

/** One template step: edits it at its version, or (without an item) adds a new step. */
export function TemplateItemForm({ item, onReload }: { item?: Item; onReload?: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusInvalid(formRef);
  const prefix = item ? `template-${item.key}` : "template-new";
  const [values, setValues] = useState({
    key: item?.key ?? "",
    labelJa: item?.labelJa ?? "",
    labelEn: item?.labelEn ?? "",
    offsetDays: item ? String(item.offsetDays) : "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState("");
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.milestone.pathFilter());
    await queryClient.invalidateQueries(trpc.overview.pathFilter());
  };
  const add = useMutation(trpc.milestone.addTemplateItem.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.milestone.updateTemplateItem.mutationOptions({ onSuccess }));
  const mutation = item ? update : add;
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  return (
    <form
      ref={formRef}
      noValidate
      className="card form template-item"
      aria-labelledby={`${prefix}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        setSaved("");
        const offsetDays = values.offsetDays.trim() === "" ? Number.NaN : Number(values.offsetDays);
        const input = { ...values, offsetDays };
        const parsed = item
          ? templateItemUpdateSchema.safeParse({ ...input, key: item.key, version: item.version })
          : templateItemCreateSchema.safeParse(input);
        if (!parsed.success) {
          setErrors(fieldErrorsOf(parsed.error));
          focusInvalid();
          return;
        }
        setErrors({});
        const label = parsed.data.labelJa;
        const done = () => {
          setSaved(t(item ? "milestones.settings.saved" : "milestones.settings.added", { label }));
          if (!item) setValues({ key: "", labelJa: "", labelEn: "", offsetDays: "" });
        };
        if (item)
          update.mutate({ ...parsed.data, key: item.key, version: item.version }, { onSuccess: done });
        else add.mutate(templateItemCreateSchema.parse(input), { onSuccess: done });
      }}
    >
      <h3 id={`${prefix}-heading`}>{item ? item.labelJa : t("milestones.settings.addHeading")}</h3>
      <div className="field-row">
        {!item && (
          <TextField
            id={`${prefix}-key`}
            label={t("milestones.settings.key")}
            hint={t("milestones.settings.keyHint")}
            required
            value={values.key}
            errors={errors.key}
            onChange={(key) => set({ key })}
          />
        )}
        <TextField
          id={`${prefix}-ja`}
          label={t("milestones.settings.labelJa")}
          required
          value={values.labelJa}
          errors={errors.labelJa}
          onChange={(labelJa) => set({ labelJa })}
        />
        <TextField
          id={`${prefix}-en`}
          label={t("milestones.settings.labelEn")}
          required
          value={values.labelEn}
          errors={errors.labelEn}
          onChange={(labelEn) => set({ labelEn })}
        />
        <TextField
          id={`${prefix}-offset`}
          label={t("milestones.settings.offsetDays")}
          hint={t("milestones.shiftHint")}
          required
          value={values.offsetDays}
          errors={errors.offsetDays}
          onChange={(offsetDays) => set({ offsetDays })}
        />
      </div>
      <FormFailure
        failure={mutation.isError ? describeApiFailure(mutation.error, t("form.networkError")) : null}
        onReload={onReload}
      />
      <p role="status">{saved}</p>
      <button type="submit" className="button" disabled={mutation.isPending}>
        {item ? t("milestones.settings.save") : t("milestones.settings.add")}
      </button>
    </form>
  );
}
