import type { SessionKind } from "@kyoso/domain";
import type { Session, Speaker } from "./types";

/** A session's fields as the form holds them: text, with "" for what is not entered. */
export interface SessionValues {
  kind: SessionKind;
  title: string;
  subtitle: string;
  startsAt: string;
  endsAt: string;
}

export interface SpeakerValues {
  name: string;
  affiliation: string;
  title: string;
}

export const emptySession = (): SessionValues => ({
  kind: "keynote",
  title: "",
  subtitle: "",
  startsAt: "",
  endsAt: "",
});

export const emptySpeaker = (): SpeakerValues => ({ name: "", affiliation: "", title: "" });

export function sessionValuesOf(session: Session): SessionValues {
  return {
    kind: session.kind,
    title: session.title,
    subtitle: session.subtitle ?? "",
    startsAt: session.startsAt ?? "",
    endsAt: session.endsAt ?? "",
  };
}

export function speakerValuesOf(speaker: Speaker): SpeakerValues {
  return { name: speaker.name, affiliation: speaker.affiliation ?? "", title: speaker.title ?? "" };
}

/** The form's values as the API's session fields: an empty time is "not fixed" (null). */
export function sessionFields(values: SessionValues) {
  return {
    kind: values.kind,
    title: values.title,
    subtitle: values.subtitle,
    startsAt: values.startsAt === "" ? null : values.startsAt,
    endsAt: values.endsAt === "" ? null : values.endsAt,
  };
}

/** Speaker rows left completely empty are not speakers: they are dropped, not refused. */
export const filledSpeakers = <T extends SpeakerValues>(rows: readonly T[]): T[] =>
  rows.filter((row) => row.name.trim() !== "" || row.affiliation.trim() !== "" || row.title.trim() !== "");
