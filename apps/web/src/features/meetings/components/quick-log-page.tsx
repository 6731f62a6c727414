import { MEETING_KINDS, type MeetingKind, meetingCreateSchema } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type KeyboardEvent, useMemo, useRef } from "react";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import {
  FormCheckbox,
  FormControl,
  FormSelect,
  FormShortDate,
  FormText,
  FormTextArea,
} from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { OutboxQueued } from "../../../components/outbox-queued";
import { PageHeading } from "../../../components/page-heading";
import { RecordPublishDialog, useRecordPublishConfirm } from "../../../components/record-publish-confirm";
import type { RegionContext } from "../../../components/region-frame";
import { readShortDate } from "../../../components/short-date-field";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { useOutboxSave } from "../../../lib/outbox/use-outbox-save";
import { shortDateContext, todayText } from "../../../lib/short-date";
import { useTRPC } from "../../../lib/trpc";
import { useRegionOrganizations } from "../../../lib/use-region-organizations";
import { actionItemLines, orderForChips } from "../lib/quick-log";
import { OrganizationChips } from "./organization-chips";

interface Values {
  heldOn: string;
  kind: MeetingKind;
  title: string;
  organizationIds: string[];
  attendees: string;
  decisions: string;
  /** One action item per line; each becomes a task. */
  actionItems: string;
  nextMeeting: string;
  isPublic: boolean;
}

const initial = (): Values => ({
  heldOn: todayText(),
  kind: "planning",
  title: "",
  organizationIds: [],
  attendees: "",
  decisions: "",
  actionItems: "",
  nextMeeting: "",
  isPublic: false,
});

// The schema names each action item by index; on this form they are all lines of the one text area.
const fieldOf = (path: string) =>
  path.startsWith("actionItems.") ? "actionItems" : path === "nextMeeting.date" ? "nextMeeting" : path;

/** Enter that confirms a Japanese IME conversion is not a submit (Safari reports it as keyCode 229). */
function keepImeEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === "Enter" && (event.nativeEvent.isComposing || event.keyCode === 229))
    event.preventDefault();
}

/** A meeting logged on a phone right after it ends: one column, big targets, sensible defaults. */
export function QuickLogPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { region, slug } = context;
  const dateContext = shortDateContext(region.currentEdition);
  const defaultTitleOf = (values: Pick<Values, "heldOn" | "kind">) => {
    const held = readShortDate(values.heldOn, dateContext, "past", false, t);
    return t("quickLog.defaultTitle", {
      kind: t(`meetingKind.${values.kind}`),
      date: held.value ? dates.partial(held.value) : "",
    }).trim();
  };
  const sf = useSchemaForm({
    schema: meetingCreateSchema,
    defaultValues: initial(),
    toInput: (values: Values) => ({
      regionId: region.id,
      editionId: region.currentEdition?.id ?? null,
      kind: values.kind,
      heldOn: readShortDate(values.heldOn, dateContext, "past", false, t).value?.date,
      title: values.title.trim() || defaultTitleOf(values),
      online: false,
      organizationIds: values.organizationIds,
      attendees: values.attendees,
      decisions: values.decisions,
      nextMeeting: readShortDate(values.nextMeeting, dateContext, "upcoming", true, t).value,
      actionItems: actionItemLines(values.actionItems).map((title) => ({ title })),
      isPublic: values.isPublic,
    }),
    check: (values): FieldErrors => {
      const found: FieldErrors = {};
      const held = readShortDate(values.heldOn, dateContext, "past", false, t);
      if (held.error || !held.value) found.heldOn = [held.error ?? t("shortDate.invalid")];
      // A save tapped before anything was written down keeps no empty meeting.
      if (
        values.organizationIds.length === 0 &&
        ![values.attendees, values.decisions, values.actionItems].some((v) => v.trim())
      )
        found.attendees = [t("quickLog.empty")];
      const next = readShortDate(values.nextMeeting, dateContext, "upcoming", true, t);
      if (next.error) found.nextMeeting = [next.error];
      return found;
    },
    fieldOf,
  });
  // The region's organizations as chips, those at the region's last meeting first.
  const { organizations } = useRegionOrganizations(region.id);
  const latest = useQuery(trpc.meeting.forRegion.queryOptions({ slug, page: 1, pageSize: 1 }));
  const latestId = latest.data?.rows[0]?.id;
  const lastMeeting = useQuery({
    ...trpc.meeting.byId.queryOptions({ id: latestId ?? "" }),
    enabled: latestId !== undefined,
  });
  const chips = useMemo(
    () => orderForChips(organizations, lastMeeting.data?.organizations.map((o) => o.id) ?? []),
    [organizations, lastMeeting.data],
  );
  const [heldOn, kind] = useWatch({ control: sf.form.control, name: ["heldOn", "kind"] });
  const defaultTitle = defaultTitleOf({ heldOn, kind });
  const create = useMutation(
    trpc.meeting.create.mutationOptions({
      onSuccess: () => {
        sf.form.reset(initial());
        return Promise.all([
          queryClient.invalidateQueries(trpc.meeting.pathFilter()),
          queryClient.invalidateQueries(trpc.timeline.pathFilter()),
          queryClient.invalidateQueries(trpc.region.pathFilter()),
          queryClient.invalidateQueries(trpc.task.pathFilter()),
        ]);
      },
    }),
  );
  const outbox = useOutboxSave("meeting.create");
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;
  // The schema check is asynchronous: a second tap during it must not send the meeting twice.
  const sending = useRef(false);
  // A quick log is always new: ticking 「公開」 asks first, naming where it will appear.
  const publishing = useRecordPublishConfirm({
    wasPublic: false,
    save: (input: Parameters<typeof create.mutate>[0]) => {
      if (sending.current) return;
      // The key is made now, at the press of save: every later send of this meeting carries the same one.
      const keyed = { ...input, idempotencyKey: outbox.key() };
      const summary = { title: keyed.title, regionSlug: slug };
      const queued = () => {
        create.reset();
        sf.form.reset(initial());
      };
      outbox.clear();
      if (outbox.offline()) {
        void outbox.queue(keyed, summary).then(queued);
        return;
      }
      sending.current = true;
      create.mutate(keyed, {
        onSettled: () => {
          sending.current = false;
        },
        onError: async (error) => {
          if (await outbox.queueIfUnreachable(error, keyed, summary)) queued();
        },
      });
    },
  });

  return (
    <div className="quick-log">
      <PageHeading title={t("quickLog.title")} />
      <p className="lead">{t("quickLog.intro")}</p>
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        onValid={(input) => {
          if (sending.current) return;
          publishing.submit(input);
        }}
        onKeyDown={keepImeEnter}
        className="form card"
      >
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <FormShortDate
          id="quick-heldOn"
          name="heldOn"
          label={t("quickLog.fields.heldOn")}
          context={dateContext}
          reading="past"
          required
        />
        <FormSelect
          id="quick-kind"
          name="kind"
          label={t("quickLog.fields.kind")}
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetingKind.${k}`) }))}
          required
        />
        <FormText
          id="quick-title"
          name="title"
          label={t("quickLog.fields.title")}
          hint={t("quickLog.hints.title", { example: defaultTitle })}
        />
        <FormControl<string[]>
          name="organizationIds"
          render={({ value, onChange, messages }) => (
            <OrganizationChips
              id="quick-organizationIds"
              legend={t("quickLog.fields.organizationIds")}
              hint={t("quickLog.hints.organizationIds")}
              empty={t("meetings.noOrganizations")}
              organizations={chips}
              value={value}
              onChange={onChange}
              errors={messages()}
            />
          )}
        />
        <FormTextArea id="quick-attendees" name="attendees" label={t("quickLog.fields.attendees")} rows={2} />
        <FormTextArea id="quick-decisions" name="decisions" label={t("quickLog.fields.decisions")} rows={3} />
        <FormTextArea
          id="quick-actionItems"
          name="actionItems"
          label={t("quickLog.fields.actionItems")}
          hint={t("quickLog.hints.actionItems")}
          rows={3}
        />
        <FormShortDate
          id="quick-nextMeeting"
          name="nextMeeting"
          label={t("quickLog.fields.nextMeeting")}
          hint={t("quickLog.hints.nextMeeting")}
          context={dateContext}
          reading="upcoming"
          allowMonth
        />
        <FormCheckbox
          id="quick-isPublic"
          name="isPublic"
          label={t("form.isPublic")}
          hint={t("form.isPublicHint")}
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
            {outbox.queued && <OutboxQueued />}
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
      </SchemaForm>
      <RecordPublishDialog
        open={publishing.open}
        title={sf.form.getValues("title").trim() || defaultTitle}
        slug={slug}
        pending={create.isPending}
        formRef={sf.formRef}
        onConfirm={publishing.confirm}
        onCancel={publishing.cancel}
      />
    </div>
  );
}
