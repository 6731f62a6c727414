import type { ForumEdition, ForumEditionCreate, ForumEditionUpdate, Stage } from "@kyoso/domain";

/** What the inputs hold: text, converted to numbers and nulls only when the form is checked. */
export interface EditionFormValues {
  year: string;
  title: string;
  stage: Stage;
  heldOn: string;
  venueName: string;
  venueCapacity: string;
  onlineCapacity: string;
  venueRegistrations: string;
  onlineRegistrations: string;
  venueFullFrom: string;
  startsAt: string;
  endsAt: string;
  venueAddress: string;
  onlineInfo: string;
  contactOrganization: string;
  contactEmail: string;
  contactPhone: string;
  registrationUrl: string;
  organizerName: string;
  reportAttendance: string;
  reportSummary: string;
  reportPublished: boolean;
}

/** The public page's details, as text in the inputs (all optional). */
const PUBLIC_DETAIL_KEYS = [
  "startsAt",
  "endsAt",
  "venueAddress",
  "onlineInfo",
  "contactOrganization",
  "contactEmail",
  "contactPhone",
  "registrationUrl",
  "organizerName",
  "reportSummary",
] as const;

const emptyDetails = {
  startsAt: "",
  endsAt: "",
  venueAddress: "",
  onlineInfo: "",
  contactOrganization: "",
  contactEmail: "",
  contactPhone: "",
  registrationUrl: "",
  organizerName: "",
  reportAttendance: "",
  reportSummary: "",
  reportPublished: false,
};

export function emptyValues(year: number): EditionFormValues {
  return {
    year: String(year),
    title: "",
    stage: "concept",
    heldOn: "",
    venueName: "",
    venueCapacity: "",
    onlineCapacity: "",
    venueRegistrations: "0",
    onlineRegistrations: "0",
    venueFullFrom: "",
    ...emptyDetails,
  };
}

export function valuesOf(edition: ForumEdition): EditionFormValues {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    year: String(edition.year),
    title: edition.title,
    stage: edition.stage,
    heldOn: text(edition.heldOn),
    venueName: text(edition.venueName),
    venueCapacity: text(edition.venueCapacity),
    onlineCapacity: text(edition.onlineCapacity),
    venueRegistrations: String(edition.venueRegistrations),
    onlineRegistrations: String(edition.onlineRegistrations),
    venueFullFrom: text(edition.venueFullFrom),
    ...Object.fromEntries(PUBLIC_DETAIL_KEYS.map((k) => [k, text(edition[k])])),
    reportAttendance: text(edition.reportAttendance),
    reportPublished: edition.reportPublished,
  } as EditionFormValues;
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());
// An empty required number becomes NaN so the schema answers with its own "enter a number" message.
const toNumber = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));
const toNumberOrNull = (value: string) => (value.trim() === "" ? null : Number(value));

function editableFields(values: EditionFormValues) {
  return {
    title: values.title,
    stage: values.stage,
    heldOn: orNull(values.heldOn),
    venueName: orNull(values.venueName),
    venueCapacity: toNumberOrNull(values.venueCapacity),
    onlineCapacity: toNumberOrNull(values.onlineCapacity),
    venueRegistrations: toNumber(values.venueRegistrations),
    onlineRegistrations: toNumber(values.onlineRegistrations),
    venueFullFrom: orNull(values.venueFullFrom),
    ...Object.fromEntries(PUBLIC_DETAIL_KEYS.map((k) => [k, orNull(values[k])])),
    reportAttendance: toNumberOrNull(values.reportAttendance),
    reportPublished: values.reportPublished,
  };
}

export function toCreateInput(values: EditionFormValues, regionId: string): ForumEditionCreate {
  return { regionId, year: toNumber(values.year), ...editableFields(values) };
}

export function toUpdateInput(values: EditionFormValues, id: string, version: number): ForumEditionUpdate {
  return { id, version, ...editableFields(values) };
}
