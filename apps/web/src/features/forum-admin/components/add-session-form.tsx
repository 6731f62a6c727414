import { sessionCreateSchema } from "@kyoso/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import {
  emptySession,
  emptySpeaker,
  filledSpeakers,
  type SessionValues,
  type SpeakerValues,
  sessionFields,
} from "../lib/session-values";
import type { Session } from "../lib/types";
import { useFocusLater } from "../lib/use-focus-later";
import { SessionFields, SpeakerFields } from "./session-fields";

interface Values extends SessionValues {
  speakers: SpeakerValues[];
}

const blank = (): Values => ({ ...emptySession(), speakers: [emptySpeaker()] });

/** Where a speaker's error shows: the API counts only the filled rows, the form shows every row. */
function rowOf(path: string, values: Values): string {
  const match = /^speakers\.(\d+)\.(.+)$/.exec(path);
  if (!match) return path;
  const filled = values.speakers.flatMap((row, i) => (filledSpeakers([row]).length > 0 ? [i] : []));
  const row = filled[Number(match[1])];
  return row === undefined ? path : `speakers.${row}.${match[2]}`;
}

/** Adds a session at the end of the program, with its speakers in one go (rows left empty are ignored). */
export function AddSessionForm({ editionId, onAdded }: { editionId: string; onAdded: (s: Session) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const focusLater = useFocusLater();
  const sf = useSchemaForm({
    schema: sessionCreateSchema,
    defaultValues: blank(),
    toInput: (values: Values) => ({
      editionId,
      ...sessionFields(values),
      speakers: filledSpeakers(values.speakers).map(({ name, affiliation, title }) => ({
        name,
        affiliation,
        title,
      })),
    }),
    fieldOf: rowOf,
  });
  const rows = useFieldArray({ control: sf.form.control, name: "speakers" });
  const [added, setAdded] = useState<string | null>(null);
  const create = useMutation(
    trpc.program.createSession.mutationOptions({
      onSuccess: (session) => {
        sf.form.reset(blank());
        setAdded(session.title);
        onAdded(session);
      },
    }),
  );
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;

  return (
    <section aria-labelledby="add-session-heading" className="card add-session">
      <h2 id="add-session-heading" tabIndex={-1}>
        {t("forum.program.addHeading")}
      </h2>
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        onValid={(input) => {
          setAdded(null);
          if (!create.isPending) create.mutate(input);
        }}
      >
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <SessionFields idPrefix="new-session" />
        <fieldset className="repeat-group">
          <legend>{t("forum.program.fields.speakers")}</legend>
          <p className="field-hint">{t("forum.program.hints.speakers")}</p>
          {rows.fields.map((row, i) => (
            <div key={row.id} className="repeat-row">
              <SpeakerFields
                idPrefix={`new-session-speaker-${i}`}
                name={`speakers.${i}`}
                nameRequired={false}
              />
              {rows.fields.length > 1 && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    rows.remove(i);
                    // The row after it moves up into its place (or the one before, for the last row).
                    focusLater(`new-session-speaker-${Math.min(i, rows.fields.length - 2)}-name`);
                  }}
                >
                  {t("forum.program.removeRow")}
                  <span className="visually-hidden">{t("forum.program.rowWhich", { n: i + 1 })}</span>
                </button>
              )}
            </div>
          ))}
          <button
            id="new-session-add-row"
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              rows.append(emptySpeaker(), { shouldFocus: false });
              focusLater(`new-session-speaker-${rows.fields.length}-name`);
            }}
          >
            <span aria-hidden="true">＋ </span>
            {t("forum.program.addRow")}
          </button>
        </fieldset>
        <FormActions
          pending={create.isPending}
          label={t("forum.program.addSubmit")}
          success={added && t("forum.program.addedVisible", { title: added })}
        />
      </SchemaForm>
    </section>
  );
}
