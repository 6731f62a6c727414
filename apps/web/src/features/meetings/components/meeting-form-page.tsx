import { MEETING_KINDS, meetingCreateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import {
  FormCheckbox,
  FormCheckboxGroup,
  FormControl,
  FormSelect,
  FormShortDate,
  FormText,
  FormTextArea,
} from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { readShortDate } from "../../../components/short-date-field";
import { describeApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { shortDateContext } from "../../../lib/short-date";
import { useTRPC } from "../../../lib/trpc";
import { useRegionOrganizations } from "../../../lib/use-region-organizations";
import { emptyMeeting, isFilledAction, type MeetingFormValues, toMeetingInput } from "../lib/meeting-form";
import { ActionItems } from "./action-items";

interface Props {
  context: RegionContext;
  /** A record's values to start from (an edit, or a copy); blank otherwise. */
  defaultValues?: Partial<MeetingFormValues>;
}

export function MeetingFormPage({ context, defaultValues }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { region, slug, name } = context;
  const dateContext = shortDateContext(region.currentEdition);
  const { organizations } = useRegionOrganizations(region.id);
  const sf = useSchemaForm({
    schema: meetingCreateSchema,
    defaultValues: { ...emptyMeeting(todayInTokyo(new Date())), ...defaultValues },
    toInput: (values: MeetingFormValues) =>
      toMeetingInput(
        values,
        { regionId: region.id, editionId: region.currentEdition?.id ?? null },
        readShortDate(values.nextMeeting, dateContext, "upcoming", true, t).value,
      ),
    check: (values): FieldErrors => {
      const next = readShortDate(values.nextMeeting, dateContext, "upcoming", true, t);
      return next.error ? { nextMeeting: [next.error] } : {};
    },
    // The schema numbers only the action rows that are sent; the form shows the message on the row itself.
    fieldOf: (path, values) =>
      path.replace(/^actionItems\.(\d+)/, (_, sent: string) => {
        const row = values.actionItems.filter(isFilledAction)[Number(sent)];
        return `actionItems.${row ? values.actionItems.indexOf(row) : sent}`;
      }),
  });
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
  const field = (
    key: "title" | "place" | "startTime" | "endTime" | "heldOn",
    type: "text" | "time" | "date",
  ) => (
    <FormText
      id={`meeting-${key}`}
      name={key}
      type={type}
      label={t(`meetings.fields.${key}`)}
      required={key === "title" || key === "heldOn"}
    />
  );
  const area = (key: "attendees" | "agenda" | "minutes" | "decisions", hint?: string) => (
    <FormTextArea
      id={`meeting-${key}`}
      name={key}
      label={t(`meetings.fields.${key}`)}
      hint={hint}
      rows={key === "minutes" ? 8 : 3}
    />
  );

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/meetings" params={{ slug }}>
          {t("meetings.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("meetings.createTitle")} />
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        onValid={(input) => {
          if (!create.isPending) create.mutate(input);
        }}
        className="form card"
      >
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <FormSelect
          id="meeting-kind"
          name="kind"
          label={t("meetings.fields.kind")}
          required
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetingKind.${k}`) }))}
        />
        {field("title", "text")}
        {field("heldOn", "date")}
        <div className="field-row">
          {field("startTime", "time")}
          {field("endTime", "time")}
        </div>
        {field("place", "text")}
        <FormCheckbox id="meeting-online" name="online" label={t("meetings.fields.online")} />
        {area("attendees", t("meetings.hints.attendees"))}
        <FormCheckboxGroup
          id="meeting-organizationIds"
          name="organizationIds"
          legend={t("meetings.fields.organizationIds")}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          empty={t("meetings.noOrganizations")}
          wide
        />
        {area("agenda")}
        {area("minutes", t("meetings.hints.minutes"))}
        {area("decisions")}
        <FormShortDate
          id="meeting-nextMeeting"
          name="nextMeeting"
          label={t("meetings.fields.nextMeeting")}
          context={dateContext}
          reading="upcoming"
          allowMonth
        />
        <FormControl<MeetingFormValues["actionItems"]>
          name="actionItems"
          render={({ value, onChange, messages }) => (
            <ActionItems items={value} messages={messages} onChange={onChange} />
          )}
        />
        <FormCheckbox
          id="meeting-isPublic"
          name="isPublic"
          label={t("form.isPublic")}
          hint={t("form.isPublicHint")}
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
      </SchemaForm>
    </>
  );
}
