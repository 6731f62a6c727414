import { capacitySetSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { FormCheckbox, FormControl } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import type { Edition } from "../lib/types";
import { useCapacityWrites } from "../lib/use-capacity-writes";
import type { ForumContext } from "./forum-frame";
import { NumberField, numberText, toNumber } from "./number-field";
import { VenueFullOutcome } from "./venue-full-outcome";

interface Values {
  venueCapacity: string;
  venueUnlimited: boolean;
  venueRegistrations: string;
  onlineCapacity: string;
  onlineUnlimited: boolean;
  onlineRegistrations: string;
}

const valuesOf = (edition: Edition): Values => ({
  venueCapacity: numberText(edition.venueCapacity),
  venueUnlimited: edition.venueCapacity === null,
  venueRegistrations: String(edition.venueRegistrations),
  onlineCapacity: numberText(edition.onlineCapacity),
  onlineUnlimited: edition.onlineCapacity === null,
  onlineRegistrations: String(edition.onlineRegistrations),
});

/** Capacities (a number, or 無制限) and registration counts entered by hand. */
export function CapacityForm({ forum }: { forum: ForumContext }) {
  const { edition } = forum;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const written = useCapacityWrites(edition.id);
  const base = useRef(edition.version);
  const sf = useSchemaForm({
    schema: capacitySetSchema,
    defaultValues: valuesOf(edition),
    toInput: (values: Values) => ({
      editionId: edition.id,
      version: edition.version,
      venueCapacity: values.venueUnlimited ? null : toNumber(values.venueCapacity),
      onlineCapacity: values.onlineUnlimited ? null : toNumber(values.onlineCapacity),
      venueRegistrations: toNumber(values.venueRegistrations),
      onlineRegistrations: toNumber(values.onlineRegistrations),
    }),
  });
  const values = sf.form.watch();
  // Another write (a CSV import) moved the edition on: the form starts again from what is saved now.
  const { reset } = sf.form;
  useEffect(() => {
    if (edition.version !== base.current) {
      base.current = edition.version;
      reset(valuesOf(edition));
    }
  }, [edition, reset]);
  const save = useMutation(
    trpc.capacity.set.mutationOptions({
      onSuccess: written,
    }),
  );
  const failure = save.isError ? describeApiFailure(save.error, t("form.networkError")) : null;

  const reload = async () => {
    save.reset();
    await queryClient.invalidateQueries(trpc.forumEdition.byId.queryFilter({ id: edition.id }));
  };

  const group = (which: "venue" | "online") => {
    const capacity = which === "venue" ? "venueCapacity" : "onlineCapacity";
    const unlimited = which === "venue" ? "venueUnlimited" : "onlineUnlimited";
    const registrations = which === "venue" ? "venueRegistrations" : "onlineRegistrations";
    return (
      <fieldset className="repeat-group capacity-group">
        <legend>{t(`forum.capacity.${which}`)}</legend>
        <FormControl<string>
          name={capacity}
          render={({ value, onChange, messages }) => (
            <NumberField
              id={`capacity-${capacity}`}
              label={t("forum.capacity.fields.capacity")}
              unit={t("forum.capacity.unit")}
              required={!values[unlimited]}
              disabled={values[unlimited]}
              value={values[unlimited] ? "" : value}
              onChange={onChange}
              errors={values[unlimited] ? undefined : messages()}
            />
          )}
        />
        <FormCheckbox
          id={`capacity-${unlimited}`}
          name={unlimited}
          label={t("forum.capacity.fields.unlimited")}
        />
        <FormControl<string>
          name={registrations}
          render={({ value, onChange, messages }) => (
            <NumberField
              id={`capacity-${registrations}`}
              label={t("forum.capacity.fields.registrations")}
              unit={t("forum.capacity.unit")}
              required
              value={value}
              onChange={onChange}
              errors={messages()}
            />
          )}
        />
      </fieldset>
    );
  };

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        if (!save.isPending) save.mutate(input);
      }}
      className="form card"
    >
      <p className="muted">{t("form.requiredNote")}</p>
      <p className="field-hint">{t("forum.capacity.formHint")}</p>
      <FormFailure failure={failure} onReload={() => void reload()} />
      <div className="capacity-groups">
        {group("venue")}
        {group("online")}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {save.isPending ? t("form.saving") : t("forum.save")}
        </button>
        <div role="status">{save.isSuccess && <VenueFullOutcome forum={forum} result={save.data} />}</div>
      </div>
    </SchemaForm>
  );
}
