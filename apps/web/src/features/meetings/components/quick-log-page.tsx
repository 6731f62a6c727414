import { MEETING_KINDS, type MeetingKind, meetingCreateSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { readShortDate, ShortDateField } from "../../../components/short-date-field";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import { type FieldErrors, fieldErrorsOf } from "../../../lib/field-errors";
import { shortDateContext, todayText } from "../../../lib/short-date";
import { useTRPC } from "../../../lib/trpc";
import { useFocusInvalid } from "../../../lib/use-focus-invalid";

interface Values {
  heldOn: string;
  kind: MeetingKind;
  title: string;
  attendees: string;
  decisions: string;
  nextStep: string;
  nextStepDue: string;
  nextMeeting: string;
  isPublic: boolean;
}

const initial = (): Values => ({
  heldOn: todayText(),
  kind: "planning",
  title: "",
  attendees: "",
  decisions: "",
  nextStep: "",
  nextStepDue: "",
  nextMeeting: "",
  isPublic: false,
});

// The schema names the one action item's fields by index; on this form they are the next step's fields.
const FIELD_OF: Record<string, keyof Values> = {
  "actionItems.0.title": "nextStep",
  "actionItems.0.dueOn": "nextStepDue",
};

/** A meeting logged on a phone right after it ends: one column, big targets, sensible defaults. */
export function QuickLogPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusInvalid(formRef);
  const { region, slug } = context;
  const dateContext = shortDateContext(region.currentEdition);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.meeting.create.mutationOptions({
      onSuccess: () => {
        setValues(initial());
        return Promise.all([
          queryClient.invalidateQueries(trpc.meeting.pathFilter()),
          queryClient.invalidateQueries(trpc.timeline.pathFilter()),
          queryClient.invalidateQueries(trpc.region.pathFilter()),
        ]);
      },
    }),
  );
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;
  const shown: FieldErrors = { ...failure?.fieldErrors, ...errors };
  for (const [key, field] of Object.entries(FIELD_OF)) if (shown[key]) shown[field] = shown[key];
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const held = readShortDate(values.heldOn, dateContext, "past", false, t);
  const defaultTitle = t("quickLog.defaultTitle", {
    kind: t(`meetingKind.${values.kind}`),
    date: held.value ? dates.partial(held.value) : "",
  }).trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const next = readShortDate(values.nextMeeting, dateContext, "upcoming", true, t);
    const parsed = meetingCreateSchema.safeParse({
      regionId: region.id,
      editionId: region.currentEdition?.id ?? null,
      kind: values.kind,
      heldOn: held.value?.date,
      title: values.title.trim() || defaultTitle,
      online: false,
      attendees: values.attendees,
      decisions: values.decisions,
      nextMeeting: next.value,
      actionItems: values.nextStep.trim()
        ? [{ title: values.nextStep, dueOn: values.nextStepDue || null }]
        : [],
      isPublic: values.isPublic,
    });
    const found: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    if (held.error || !held.value) found.heldOn = [held.error ?? t("shortDate.invalid")];
    if (next.error) found.nextMeeting = [next.error];
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      focusInvalid();
      return;
    }
    create.mutate(parsed.data);
  };

  return (
    <div className="quick-log">
      <PageHeading title={t("quickLog.title")} />
      <p className="lead">{t("quickLog.intro")}</p>
      <form ref={formRef} className="form card" noValidate onSubmit={submit}>
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <ShortDateField
          id="quick-heldOn"
          label={t("quickLog.fields.heldOn")}
          value={values.heldOn}
          onChange={(v) => set("heldOn", v)}
          context={dateContext}
          reading="past"
          required
          errors={shown.heldOn}
        />
        <SelectField
          id="quick-kind"
          label={t("quickLog.fields.kind")}
          value={values.kind}
          onChange={(v) => set("kind", MEETING_KINDS.find((k) => k === v) ?? "planning")}
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetingKind.${k}`) }))}
          required
          errors={shown.kind}
        />
        <TextField
          id="quick-title"
          label={t("quickLog.fields.title")}
          hint={t("quickLog.hints.title", { example: defaultTitle })}
          value={values.title}
          onChange={(v) => set("title", v)}
          errors={shown.title}
        />
        <TextAreaField
          id="quick-attendees"
          label={t("quickLog.fields.attendees")}
          value={values.attendees}
          onChange={(v) => set("attendees", v)}
          rows={2}
          errors={shown.attendees}
        />
        <TextAreaField
          id="quick-decisions"
          label={t("quickLog.fields.decisions")}
          value={values.decisions}
          onChange={(v) => set("decisions", v)}
          rows={3}
          errors={shown.decisions}
        />
        <TextField
          id="quick-nextStep"
          label={t("quickLog.fields.nextStep")}
          value={values.nextStep}
          onChange={(v) => set("nextStep", v)}
          errors={shown.nextStep}
        />
        <TextField
          id="quick-nextStepDue"
          type="date"
          label={t("quickLog.fields.nextStepDue")}
          value={values.nextStepDue}
          onChange={(v) => set("nextStepDue", v)}
          errors={shown.nextStepDue}
        />
        <ShortDateField
          id="quick-nextMeeting"
          label={t("quickLog.fields.nextMeeting")}
          hint={t("quickLog.hints.nextMeeting")}
          value={values.nextMeeting}
          onChange={(v) => set("nextMeeting", v)}
          context={dateContext}
          reading="upcoming"
          allowMonth
          errors={shown.nextMeeting ?? shown["nextMeeting.date"]}
        />
        <CheckboxField
          id="quick-isPublic"
          label={t("form.isPublic")}
          hint={t("form.isPublicHint")}
          checked={values.isPublic}
          onChange={(v) => set("isPublic", v)}
        />
        <div className="form-actions">
          <button
            type="submit"
            className="button button--block"
            aria-disabled={create.isPending || undefined}
          >
            {create.isPending ? t("form.saving") : t("quickLog.save")}
          </button>
          <div role="status" className={create.isSuccess ? "notice notice--success" : undefined}>
            {create.data && (
              <>
                <p>{t("quickLog.saved")}</p>
                <p>
                  <Link to="/regions/$slug/meetings/$meetingId" params={{ slug, meetingId: create.data.id }}>
                    {t("quickLog.openMeeting")}
                  </Link>
                </p>
                <p>
                  <Link to="/regions/$slug/timeline" params={{ slug }}>
                    {t("quickLog.openTimeline")}
                  </Link>
                </p>
              </>
            )}
          </div>
        </div>
      </form>
    </div>
  );
}
