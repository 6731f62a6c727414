import { sessionCreateSchema } from "@kyoso/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useSchemaForm } from "../../../lib/use-schema-form";
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

interface Row extends SpeakerValues {
  key: number;
}

let nextKey = 1;
const newRow = (): Row => ({ key: nextKey++, ...emptySpeaker() });

/** Adds a session at the end of the program, with its speakers in one go (rows left empty are ignored). */
export function AddSessionForm({ editionId, onAdded }: { editionId: string; onAdded: (s: Session) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const focusLater = useFocusLater();
  const [values, setValues] = useState<SessionValues>(emptySession);
  const [rows, setRows] = useState<Row[]>(() => [newRow()]);
  const { formRef, errors, check } = useSchemaForm();
  const [added, setAdded] = useState<string | null>(null);
  const create = useMutation(
    trpc.program.createSession.mutationOptions({
      onSuccess: (session) => {
        setValues(emptySession());
        setRows([newRow()]);
        setAdded(session.title);
        onAdded(session);
      },
    }),
  );
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;
  const filled = filledSpeakers(rows);
  // Speaker errors are keyed by the position among the filled rows: shown on the row they belong to.
  const rowErrors = (row: Row, field: keyof SpeakerValues) => {
    const at = filled.indexOf(row);
    const all = { ...failure?.fieldErrors, ...errors };
    return at < 0 ? undefined : all[`speakers.${at}.${field}`];
  };

  const submit = () => {
    setAdded(null);
    const parsed = check(sessionCreateSchema, {
      editionId,
      ...sessionFields(values),
      speakers: filled.map(({ name, affiliation, title }) => ({ name, affiliation, title })),
    });
    if (!parsed) return;
    create.mutate(parsed);
  };

  return (
    <section aria-labelledby="add-session-heading" className="card add-session">
      <h2 id="add-session-heading" tabIndex={-1}>
        {t("forum.program.addHeading")}
      </h2>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!create.isPending) submit();
        }}
      >
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <SessionFields
          idPrefix="new-session"
          values={values}
          errors={{ ...failure?.fieldErrors, ...errors }}
          onChange={setValues}
        />
        <fieldset className="repeat-group">
          <legend>{t("forum.program.fields.speakers")}</legend>
          <p className="field-hint">{t("forum.program.hints.speakers")}</p>
          {rows.map((row, i) => (
            <div key={row.key} className="repeat-row">
              <SpeakerFields
                idPrefix={`new-session-speaker-${row.key}`}
                nameRequired={false}
                values={row}
                errors={{
                  name: rowErrors(row, "name"),
                  affiliation: rowErrors(row, "affiliation"),
                  title: rowErrors(row, "title"),
                }}
                onChange={(next) =>
                  setRows((all) => all.map((r) => (r.key === row.key ? { ...r, ...next } : r)))
                }
              />
              {rows.length > 1 && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    const rest = rows.filter((r) => r.key !== row.key);
                    setRows(rest);
                    const neighbour = rest[Math.min(i, rest.length - 1)];
                    focusLater(
                      neighbour ? `new-session-speaker-${neighbour.key}-name` : "new-session-add-row",
                    );
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
              const row = newRow();
              setRows((all) => [...all, row]);
              focusLater(`new-session-speaker-${row.key}-name`);
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
      </form>
    </section>
  );
}
