import { capacitySetSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useSchemaForm } from "../../../lib/use-schema-form";
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
  const [base, setBase] = useState(edition);
  const [values, setValues] = useState(() => valuesOf(edition));
  const { formRef, errors, check } = useSchemaForm();
  // Another write (a CSV import) moved the edition on: the form starts again from what is saved now.
  if (edition.version !== base.version) {
    setBase(edition);
    setValues(valuesOf(edition));
  }
  const save = useMutation(
    trpc.capacity.set.mutationOptions({
      onSuccess: written,
    }),
  );
  const failure = save.isError ? describeApiFailure(save.error, t("form.networkError")) : null;
  const all = { ...failure?.fieldErrors, ...errors };
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const parsed = check(capacitySetSchema, {
      editionId: edition.id,
      version: edition.version,
      venueCapacity: values.venueUnlimited ? null : toNumber(values.venueCapacity),
      onlineCapacity: values.onlineUnlimited ? null : toNumber(values.onlineCapacity),
      venueRegistrations: toNumber(values.venueRegistrations),
      onlineRegistrations: toNumber(values.onlineRegistrations),
    });
    if (!parsed) return;
    save.mutate(parsed);
  };

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
        <NumberField
          id={`capacity-${capacity}`}
          label={t("forum.capacity.fields.capacity")}
          unit={t("forum.capacity.unit")}
          required={!values[unlimited]}
          disabled={values[unlimited]}
          value={values[unlimited] ? "" : values[capacity]}
          onChange={set(capacity)}
          errors={values[unlimited] ? undefined : all[capacity]}
        />
        <CheckboxField
          id={`capacity-${unlimited}`}
          label={t("forum.capacity.fields.unlimited")}
          checked={values[unlimited]}
          onChange={set(unlimited)}
        />
        <NumberField
          id={`capacity-${registrations}`}
          label={t("forum.capacity.fields.registrations")}
          unit={t("forum.capacity.unit")}
          required
          value={values[registrations]}
          onChange={set(registrations)}
          errors={all[registrations]}
        />
      </fieldset>
    );
  };

  return (
    <form ref={formRef} className="form card" noValidate onSubmit={submit}>
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
    </form>
  );
}
