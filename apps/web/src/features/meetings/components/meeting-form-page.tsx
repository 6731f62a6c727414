import { MEETING_KINDS, meetingCreateSchema, meetingUpdateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
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
import { RecordPublishDialog, useRecordPublishConfirm } from "../../../components/record-publish-confirm";
import type { RegionContext } from "../../../components/region-frame";
import { readShortDate } from "../../../components/short-date-field";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import type { FieldErrors } from "../../../lib/field-errors";
import { shortDateContext } from "../../../lib/short-date";
import { useTRPC } from "../../../lib/trpc";
import { useRegionOrganizations } from "../../../lib/use-region-organizations";
import {
  emptyMeeting,
  isFilledAction,
  type MeetingFormValues,
  meetingToForm,
  toMeetingInput,
} from "../lib/meeting-form";
import { ActionItems } from "./action-items";

type Meeting = NonNullable<RouterOutputs["meeting"]["byId"]>;

interface Props {
  context: RegionContext;
  /** A record's values to start from (a copy); blank otherwise. */
  defaultValues?: Partial<MeetingFormValues>;
  /** The meeting to correct: the same form then edits it at the version shown. */
  meeting?: Meeting;
}

export function MeetingFormPage({ context, defaultValues, meeting }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { region, slug, name } = context;
  const dateContext = shortDateContext(region.currentEdition);
  const { organizations } = useRegionOrganizations(region.id);
  const sf = useSchemaForm({
    schema: meeting ? meetingUpdateSchema : meetingCreateSchema,
    defaultValues: meeting
      ? meetingToForm(meeting)
      : { ...emptyMeeting(todayInTokyo(new Date())), ...defaultValues },
    toInput: (values: MeetingFormValues) => {
      const next = readShortDate(values.nextMeeting, dateContext, "upcoming", true, t).value;
      if (!meeting)
        return toMeetingInput(
          values,
          { regionId: region.id, editionId: region.currentEdition?.id ?? null },
          next,
        );
      const {
        regionId: _r,
        editionId: _e,
        ...fields
      } = toMeetingInput(values, { regionId: region.id, editionId: null }, next);
      return { id: meeting.id, version: meeting.version, ...fields };
    },
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
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.meeting.pathFilter()),
      queryClient.invalidateQueries(trpc.timeline.pathFilter()),
      queryClient.invalidateQueries(trpc.region.pathFilter()),
      queryClient.invalidateQueries(trpc.audit.pathFilter()),
      queryClient.invalidateQueries(trpc.task.pathFilter()),
    ]);
  const create = useMutation(trpc.meeting.create.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(
    trpc.meeting.update.mutationOptions({
      onSuccess: async (saved) => {
        await refresh();
        if (saved)
          await navigate({ to: "/regions/$slug/meetings/$meetingId", params: { slug, meetingId: saved.id } });
      },
    }),
  );
  const save = meeting ? update : create;
  const failure = save.isError ? describeApiFailure(save.error, t("form.networkError")) : null;
  // Ticking 「公開」 on a record that was not public asks first, naming where it will appear.
  const publishing = useRecordPublishConfirm({
    wasPublic: meeting?.isPublic ?? false,
    save: (input: Parameters<typeof create.mutate>[0] | Parameters<typeof update.mutate>[0]) => {
      if ("id" in input) update.mutate(input);
      else create.mutate(input);
    },
  });
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
      <PageHeading
        title={meeting ? t("meetings.editTitle", { title: meeting.title }) : t("meetings.createTitle")}
      />
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        onValid={(input) => {
          if (save.isPending) return;
          publishing.submit(input);
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
        {meeting && meeting.tasks.length > 0 && (
          <div className="field">
            <p className="field-heading">{t("meetings.existingActions")}</p>
            <ul className="plain-list">
              {meeting.tasks.map((task) => (
                <li key={task.id}>{task.title}</li>
              ))}
            </ul>
            <p className="field-hint">{t("meetings.existingActionsHint")}</p>
          </div>
        )}
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
          pending={save.isPending}
          label={meeting ? t("meetings.saveChanges") : t("meetings.save")}
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
      <RecordPublishDialog
        open={publishing.open}
        title={sf.form.getValues("title")}
        slug={slug}
        pending={save.isPending}
        formRef={sf.formRef}
        onConfirm={publishing.confirm}
        onCancel={publishing.cancel}
      />
    </>
  );
}
