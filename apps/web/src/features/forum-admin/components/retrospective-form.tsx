import { retrospectiveSaveSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormControl, FormTextArea } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { FieldFrame } from "../../../components/form-field";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";
import type { ForumContext } from "./forum-frame";
import { NumberField, numberText, toNumberOrNull } from "./number-field";
import { SurveyLinkPicker } from "./survey-link-picker";

type Retrospective = RouterOutputs["retrospective"]["forEdition"];

interface Props {
  forum: ForumContext;
  saved: Retrospective;
  onReload: () => Promise<void>;
}

interface Values {
  venueAttendance: string;
  onlineAttendance: string;
  surveyUrl: string;
  notes: string;
}

export function RetrospectiveForm({ forum, saved, onReload }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { edition } = forum;
  // The version this form was based on (null: none saved yet); the next save goes against what came back.
  const [version, setVersion] = useState(saved?.version ?? null);
  const sf = useSchemaForm({
    schema: retrospectiveSaveSchema,
    defaultValues: {
      venueAttendance: numberText(saved?.venueAttendance ?? null),
      onlineAttendance: numberText(saved?.onlineAttendance ?? null),
      surveyUrl: saved?.surveyUrl ?? "",
      notes: saved?.notes ?? "",
    } as Values,
    toInput: (values: Values) => ({
      editionId: edition.id,
      version,
      venueAttendance: toNumberOrNull(values.venueAttendance),
      onlineAttendance: toNumberOrNull(values.onlineAttendance),
      surveyUrl: values.surveyUrl,
      notes: values.notes,
    }),
  });
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

  const attendance = (key: "venueAttendance" | "onlineAttendance", count: number) => (
    <FormControl<string>
      name={key}
      render={({ value, onChange, messages }) => (
        <NumberField
          id={`retro-${key}`}
          label={t(`forum.retrospective.fields.${key}`)}
          hint={t("forum.retrospective.hints.registrations", { count })}
          unit={t("forum.capacity.unit")}
          value={value}
          onChange={onChange}
          errors={messages()}
        />
      )}
    />
  );

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        if (!save.isPending) save.mutate(input);
      }}
      className="form card"
    >
      <FormFailure
        failure={failure}
        onReload={() => {
          save.reset();
          void onReload();
        }}
      />
      <div className="field-row">
        {attendance("venueAttendance", edition.venueRegistrations)}
        {attendance("onlineAttendance", edition.onlineRegistrations)}
      </div>
      <FormControl<string>
        name="surveyUrl"
        render={({ value, onChange, messages }) => (
          <>
            <FieldFrame
              id="retro-surveyUrl"
              label={t("forum.retrospective.fields.surveyUrl")}
              hint={t("forum.retrospective.hints.surveyUrl")}
              errors={messages()}
            >
              {(describedBy, invalid) => (
                <input
                  id="retro-surveyUrl"
                  type="url"
                  inputMode="url"
                  autoComplete="url"
                  value={value}
                  onChange={(e) => onChange(e.target.value)}
                  aria-invalid={invalid || undefined}
                  aria-describedby={describedBy}
                />
              )}
            </FieldFrame>
            {forum.canReadRecords && (
              <SurveyLinkPicker slug={forum.slug} editionId={edition.id} onPick={onChange} />
            )}
          </>
        )}
      />
      <FormTextArea
        id="retro-notes"
        name="notes"
        label={t("forum.retrospective.fields.notes")}
        hint={t("forum.retrospective.hints.notes")}
        rows={8}
      />
      <FormActions
        pending={save.isPending}
        label={t("forum.save")}
        success={
          save.isSuccess &&
          (movedStage ? t("forum.retrospective.savedAndMoved") : t("forum.retrospective.saved"))
        }
      />
    </SchemaForm>
  );
}
