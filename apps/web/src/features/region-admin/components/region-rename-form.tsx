import { type ManagedRegion, regionRenameSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { RegionNameFields } from "./region-name-fields";

interface Props {
  region: ManagedRegion;
  onDone: (newName: string | null) => void;
}

/** New names for a region; its address stays, so links and calendar feeds keep working. */
export function RegionRenameForm({ region, onDone }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sf = useSchemaForm({
    schema: regionRenameSchema,
    defaultValues: { nameJa: region.nameJa, nameEn: region.nameEn },
    toInput: (values) => ({ ...values, id: region.id, version: region.version }),
  });
  const rename = useMutation(
    trpc.region.rename.mutationOptions({
      onSuccess: async (renamed) => {
        await queryClient.invalidateQueries(trpc.region.pathFilter());
        await queryClient.invalidateQueries(trpc.overview.pathFilter());
        onDone(renamed.nameJa);
      },
    }),
  );
  const failure = rename.isError ? describeApiFailure(rename.error, t("form.networkError")) : null;
  const headingId = `rename-${region.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="section">
      <h3 id={headingId}>{t("regionAdmin.renameHeading", { name: region.nameJa })}</h3>
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        onValid={(input) => {
          if (!rename.isPending) rename.mutate(input);
        }}
        className="form card"
      >
        <FormFailure
          failure={failure}
          onReload={() => void queryClient.invalidateQueries(trpc.region.manageList.queryFilter())}
        />
        <RegionNameFields idPrefix="rename" />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={rename.isPending || undefined}>
            {rename.isPending ? t("regionAdmin.saving") : t("regionAdmin.save")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
            {t("regionAdmin.cancel")}
          </button>
        </div>
      </SchemaForm>
    </section>
  );
}
