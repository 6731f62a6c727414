import { retrospectiveSaveSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "../../../components/fields";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { FieldFrame } from "../../../components/form-field";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";
import { useSchemaForm } from "../../../lib/use-schema-form";
import type { ForumContext } from "./forum-frame";
import { NumberField, numberText, toNumberOrNull } from "./number-field";
import { SurveyLinkPicker } from "./survey-link-picker";

type Retrospective = RouterOutputs["retrospective"]["forEdition"];

interface Props {
  forum: ForumContext;
  saved: Retrospective;
  onReload: () => Promise<void>;
}

export function RetrospectiveForm({ forum, saved, onReload }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { edition } = forum;
  const [values, setValues] = useState(() => ({
    venueAttendance: numberText(saved?.venueAttendance ?? null),
    onlineAttendance: numberText(saved?.onlineAttendance ?? null),
    surveyUrl: saved?.surveyUrl ?? "",
    notes: saved?.notes ?? "",
  }));
  // The version this form was based on (null: none saved yet); the next save goes against what came back.
  const [version, setVersion] = useState(saved?.version ?? null);
  const { formRef, errors, check } = useSchemaForm();
  const [movedStage, setMovedStage] = useState(false);
  const save = useMutation(
    trpc.retrospective.save.mutationOptions({
      onSuccess: (result) => {
        setVersion(result.retrospective.version);
        setMovedStage(result.edition.stage !== edition.stage);
        queryClient.setQueryData(
          trpc.retrospective.forEdition.queryKey({ editionId: edition.id }),
          result.retrospective,
        );
        queryClient.setQueryData(trpc.forumEdition.byId.queryKey({ id: edition.id }), result.edition);
        void queryClient.invalidateQueries(trpc.region.pathFilter());
        void queryClient.invalidateQueries(trpc.timeline.pathFilter());
      },
    }),
  );
  const failure = save.isError ? describeApiFailure(save.error, t("form.networkError")) : null;
  const all = { ...failure?.fieldErrors, ...errors };
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const parsed = check(retrospectiveSaveSchema, {
      editionId: edition.id,
      version,
      venueAttendance: toNumberOrNull(values.venueAttendance),
      onlineAttendance: toNumberOrNull(values.onlineAttendance),
      surveyUrl: values.surveyUrl,
      notes: values.notes,
    });
    if (!parsed) return;
    save.mutate(parsed);
  };

  return (
    <form ref={formRef} className="form card" noValidate onSubmit={submit}>
      <FormFailure
        failure={failure}
        onReload={() => {
          save.reset();
          void onReload();
        }}
      />
      <div className="field-row">
        <NumberField
          id="retro-venueAttendance"
          label={t("forum.retrospective.fields.venueAttendance")}
          hint={t("forum.retrospective.hints.registrations", { count: edition.venueRegistrations })}
          unit={t("forum.capacity.unit")}
          value={values.venueAttendance}
          onChange={set("venueAttendance")}
          errors={all.venueAttendance}
        />
        <NumberField
          id="retro-onlineAttendance"
          label={t("forum.retrospective.fields.onlineAttendance")}
          hint={t("forum.retrospective.hints.registrations", { count: edition.onlineRegistrations })}
          unit={t("forum.capacity.unit")}
          value={values.onlineAttendance}
          onChange={set("onlineAttendance")}
          errors={all.onlineAttendance}
        />
      </div>
      <FieldFrame
        id="retro-surveyUrl"
        label={t("forum.retrospective.fields.surveyUrl")}
        hint={t("forum.retrospective.hints.surveyUrl")}
        errors={all.surveyUrl}
      >
        {(describedBy, invalid) => (
          <input
            id="retro-surveyUrl"
            type="url"
            inputMode="url"
            autoComplete="url"
            value={values.surveyUrl}
            onChange={(e) => set("surveyUrl")(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
          />
        )}
      </FieldFrame>
      {forum.canReadRecords && (
        <SurveyLinkPicker slug={forum.slug} editionId={edition.id} onPick={set("surveyUrl")} />
      )}
      <TextAreaField
        id="retro-notes"
        label={t("forum.retrospective.fields.notes")}
        hint={t("forum.retrospective.hints.notes")}
        rows={8}
        value={values.notes}
        onChange={set("notes")}
        errors={all.notes}
      />
      <FormActions
        pending={save.isPending}
        label={t("forum.save")}
        success={
          save.isSuccess &&
          (movedStage ? t("forum.retrospective.savedAndMoved") : t("forum.retrospective.saved"))
        }
      />
    </form>
  );
}
