import type { MeetingKind } from "@kyoso/domain";

/** What the full meeting form's inputs hold: text, turned into the API's input when the form is checked. */
export interface MeetingFormValues {
  kind: MeetingKind;
  heldOn: string;
  startTime: string;
  endTime: string;
  title: string;
  place: string;
  online: boolean;
  attendees: string;
  organizationIds: string[];
  agenda: string;
  minutes: string;
  decisions: string;
  nextMeeting: string;
  actionItems: { key: number; title: string; dueOn: string }[];
  isPublic: boolean;
}

export const emptyMeeting = (heldOn: string): MeetingFormValues => ({
  kind: "planning",
  heldOn,
  startTime: "",
  endTime: "",
  title: "",
  place: "",
  online: false,
  attendees: "",
  organizationIds: [],
  agenda: "",
  minutes: "",
  decisions: "",
  nextMeeting: "",
  actionItems: [],
  isPublic: false,
});

const orNull = (value: string) => (value.trim() === "" ? null : value);

/** A row left blank is no action item; it is neither sent nor counted in the schema's indexes. */
export const isFilledAction = (item: { title: string; dueOn: string }) =>
  item.title.trim() !== "" || item.dueOn !== "";

/** The create input before the schema checks it; an empty action row is not an action item. */
export function toMeetingInput(
  values: MeetingFormValues,
  ids: { regionId: string; editionId: string | null },
  nextMeeting: { date: string; precision: "day" | "month" } | null,
) {
  return {
    ...ids,
    kind: values.kind,
    heldOn: values.heldOn,
    startTime: orNull(values.startTime),
    endTime: orNull(values.endTime),
    title: values.title,
    place: values.place,
    online: values.online,
    attendees: values.attendees,
    organizationIds: values.organizationIds,
    agenda: values.agenda,
    minutes: values.minutes,
    decisions: values.decisions,
    nextMeeting,
    actionItems: values.actionItems
      .filter(isFilledAction)
      .map((a) => ({ title: a.title, dueOn: orNull(a.dueOn) })),
    isPublic: values.isPublic,
  };
}

const orEmpty = (value: string | null) => value ?? "";

/** A meeting as the form holds it, to edit: its values as text; action items start empty (new ones only). */
export function meetingToForm(m: {
  kind: MeetingKind;
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  title: string;
  place: string | null;
  online: boolean;
  attendees: string | null;
  organizations: { id: string }[];
  agenda: string | null;
  minutes: string | null;
  decisions: string | null;
  nextMeeting: { date: string; precision: "day" | "month" } | null;
  isPublic: boolean;
}): MeetingFormValues {
  return {
    kind: m.kind,
    heldOn: m.heldOn,
    startTime: orEmpty(m.startTime),
    endTime: orEmpty(m.endTime),
    title: m.title,
    place: orEmpty(m.place),
    online: m.online,
    attendees: orEmpty(m.attendees),
    organizationIds: m.organizations.map((o) => o.id),
    agenda: orEmpty(m.agenda),
    minutes: orEmpty(m.minutes),
    decisions: orEmpty(m.decisions),
    // The short-date field reads a full date (or year and month) as written.
    nextMeeting: m.nextMeeting
      ? m.nextMeeting.precision === "day"
        ? m.nextMeeting.date
        : m.nextMeeting.date.slice(0, 7)
      : "",
    actionItems: [],
    isPublic: m.isPublic,
  };
}
