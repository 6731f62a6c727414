import { MEETING_KINDS, meetingCreateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../../../components/fields";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { readShortDate, ShortDateField } from "../../../components/short-date-field";
import { describeApiFailure } from "../../../lib/api-errors";
import { type FieldErrors, fieldErrorsOf } from "../../../lib/field-errors";
import { shortDateContext } from "../../../lib/short-date";
import { useTRPC } from "../../../lib/trpc";
import { useFocusInvalid } from "../../../lib/use-focus-invalid";
import { useRegionOrganizations } from "../../../lib/use-region-organizations";
import { emptyMeeting, type MeetingFormValues, toMeetingInput } from "../lib/meeting-form";
import { ActionItems } from "./action-items";

export function MeetingFormPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusInvalid(formRef);
  const { region, slug, name } = context;
  const dateContext = shortDateContext(region.currentEdition);
  const { organizations } = useRegionOrganizations(region.id);
  const [values, setValues] = useState(() => emptyMeeting(todayInTokyo(new Date())));
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.meeting.create.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.meeting.pathFilter()),
          queryClient.invalidateQueries(trpc.timeline.pathFilter()),
          queryClient.invalidateQueries(trpc.region.pathFilter()),
        ]),
    }),
  );
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;
  const shown: FieldErrors = { ...failure?.fieldErrors, ...errors };
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const field = (
    key: "title" | "place" | "startTime" | "endTime" | "heldOn",
    type: "text" | "time" | "date",
  ) => (
    <TextField
      id={`meeting-${key}`}
      type={type}
      label={t(`meetings.fields.${key}`)}
      required={key === "title" || key === "heldOn"}
      value={values[key]}
      onChange={(v) => set(key, v)}
      errors={shown[key]}
    />
  );
  const area = (key: "attendees" | "agenda" | "minutes" | "decisions", hint?: string) => (
    <TextAreaField
      id={`meeting-${key}`}
      label={t(`meetings.fields.${key}`)}
      hint={hint}
      rows={key === "minutes" ? 8 : 3}
      value={values[key]}
      onChange={(v) => set(key, v)}
      errors={shown[key]}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const next = readShortDate(values.nextMeeting, dateContext, "upcoming", true, t);
    const ids = { regionId: region.id, editionId: region.currentEdition?.id ?? null };
    const parsed = meetingCreateSchema.safeParse(toMeetingInput(values, ids, next.value));
    const found: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    if (next.error) found.nextMeeting = [next.error];
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) {
      focusInvalid();
      return;
    }
    create.mutate(parsed.data);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/meetings" params={{ slug }}>
          {t("meetings.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("meetings.createTitle")} />
      <form ref={formRef} className="form card" noValidate onSubmit={submit}>
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <SelectField
          id="meeting-kind"
          label={t("meetings.fields.kind")}
          required
          value={values.kind}
          onChange={(v) => set("kind", MEETING_KINDS.find((k) => k === v) ?? "planning")}
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetingKind.${k}`) }))}
          errors={shown.kind}
        />
        {field("title", "text")}
        {field("heldOn", "date")}
        <div className="field-row">
          {field("startTime", "time")}
          {field("endTime", "time")}
        </div>
        {field("place", "text")}
        <CheckboxField
          id="meeting-online"
          label={t("meetings.fields.online")}
          checked={values.online}
          onChange={(v) => set("online", v)}
        />
        {area("attendees", t("meetings.hints.attendees"))}
        <fieldset className="checkbox-group field">
          <legend>{t("meetings.fields.organizationIds")}</legend>
          {organizations.length === 0 ? (
            <p className="muted">{t("meetings.noOrganizations")}</p>
          ) : (
            <div className="checkbox-grid checkbox-grid--wide">
              {organizations.map((o) => (
                <label key={o.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={values.organizationIds.includes(o.id)}
                    onChange={(e) =>
                      set(
                        "organizationIds",
                        e.target.checked
                          ? [...values.organizationIds, o.id]
                          : values.organizationIds.filter((id) => id !== o.id),
                      )
                    }
                  />
                  {o.name}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        {area("agenda")}
        {area("minutes", t("meetings.hints.minutes"))}
        {area("decisions")}
        <ShortDateField
          id="meeting-nextMeeting"
          label={t("meetings.fields.nextMeeting")}
          value={values.nextMeeting}
          onChange={(v) => set("nextMeeting", v)}
          context={dateContext}
          reading="upcoming"
          allowMonth
          errors={shown.nextMeeting ?? shown["nextMeeting.date"]}
        />
        <ActionItems
          items={values.actionItems}
          errors={shown}
          onChange={(items) => set("actionItems", items)}
        />
        <CheckboxField
          id="meeting-isPublic"
          label={t("form.isPublic")}
          hint={t("form.isPublicHint")}
          checked={values.isPublic}
          onChange={(v) => set("isPublic", v)}
        />
        <FormActions
          pending={create.isPending}
          label={t("meetings.save")}
          success={
            create.data && (
              <p>
                {t("meetings.created")}{" "}
                <Link to="/regions/$slug/meetings/$meetingId" params={{ slug, meetingId: create.data.id }}>
                  {t("meetings.openCreated")}
                </Link>
              </p>
            )
          }
        />
      </form>
    </>
  );
}
