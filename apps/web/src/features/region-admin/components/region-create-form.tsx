import { PREFECTURES, regionCreateSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormCheckboxGroup, FormSelect, FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { toLanguage } from "../../../i18n/index";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import {
  emptyRegionValues,
  type RegionFormValues,
  regionFieldOf,
  suggestionFor,
  toRegionCreate,
} from "../lib/region-form";
import { RegionNameFields } from "./region-name-fields";

/** Creating a region: a prefecture (its names and address filled in from it) or an area of several. */
export function RegionCreateForm() {
  const { t, i18n } = useTranslation();
  const en = toLanguage(i18n.resolvedLanguage) === "en";
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [createdName, setCreatedName] = useState<string | null>(null);
  const sf = useSchemaForm({
    schema: regionCreateSchema,
    defaultValues: emptyRegionValues(),
    toInput: toRegionCreate,
    fieldOf: regionFieldOf,
  });
  const create = useMutation(
    trpc.region.create.mutationOptions({
      onSuccess: async (region) => {
        setCreatedName(region.nameJa);
        sf.form.reset(emptyRegionValues());
        await queryClient.invalidateQueries(trpc.region.pathFilter());
        await queryClient.invalidateQueries(trpc.overview.pathFilter());
      },
    }),
  );
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;
  const prefectureOptions = PREFECTURES.map((p) => ({ value: p.code, label: en ? p.nameRomaji : p.nameJa }));

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        setCreatedName(null);
        if (!create.isPending) create.mutate(input);
      }}
      className="form card"
    >
      <FormFailure failure={failure} />
      <FormSelect
        id="region-kind"
        name="kind"
        label={t("regionAdmin.fields.kind")}
        options={[
          { value: "prefecture", label: t("regionAdmin.kind.prefecture") },
          { value: "area", label: t("regionAdmin.kind.area") },
        ]}
        required
      />
      <PrefectureChoice options={prefectureOptions} />
      <RegionNameFields idPrefix="region" />
      <FormText
        id="region-slug"
        name="slug"
        label={t("regionAdmin.fields.slug")}
        hint={t("regionAdmin.hints.slug")}
        autoComplete="off"
        required
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          {create.isPending ? t("regionAdmin.creating") : t("regionAdmin.create")}
        </button>
        <div role="status" className={createdName ? "notice notice--success" : undefined}>
          {createdName && t("regionAdmin.created", { name: createdName })}
        </div>
      </div>
    </SchemaForm>
  );
}

/** One select for a prefecture region (filling in its names while they are blank), checkboxes for an area. */
function PrefectureChoice({ options }: { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const kind = useWatch<RegionFormValues, "kind">({ name: "kind" });
  const code = useWatch<RegionFormValues, "prefectureCode">({ name: "prefectureCode" });
  const { getValues, setValue } = useFormContext<RegionFormValues>();
  const filledFor = useRef("");
  useEffect(() => {
    if (kind !== "prefecture" || !code || code === filledFor.current) return;
    const suggestion = suggestionFor(code);
    // Only blank fields, or those still holding the last suggestion, are filled in.
    const previous = suggestionFor(filledFor.current);
    filledFor.current = code;
    if (!suggestion) return;
    for (const key of ["nameJa", "nameEn", "slug"] as const) {
      const current = getValues(key);
      if (!current || current === previous?.[key]) setValue(key, suggestion[key]);
    }
  }, [kind, code, getValues, setValue]);
  return kind === "area" ? (
    <FormCheckboxGroup
      id="region-prefectures"
      name="prefectureCodes"
      legend={t("regionAdmin.fields.prefectureCodes")}
      hint={t("regionAdmin.hints.prefectureCodes")}
      options={options}
      required
    />
  ) : (
    <FormSelect
      id="region-prefecture"
      name="prefectureCode"
      label={t("regionAdmin.fields.prefectureCode")}
      hint={t("regionAdmin.hints.prefectureCode")}
      options={options}
      placeholder={t("regionAdmin.choosePrefecture")}
      required
    />
  );
}
