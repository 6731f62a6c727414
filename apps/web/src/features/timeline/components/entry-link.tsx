import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";

interface Props {
  slug: string;
  sourceType: string | null;
  sourceId: string | null;
  title: ReactNode;
}

/** An entry's title, linked to the record it came from when there is one to open. */
export function EntryLink({ slug, sourceType, sourceId, title }: Props) {
  if (!sourceId) return <>{title}</>;
  switch (sourceType) {
    case "meeting":
      return (
        <Link to="/regions/$slug/meetings/$meetingId" params={{ slug, meetingId: sourceId }}>
          {title}
        </Link>
      );
    case "hearing":
      return (
        <Link to="/regions/$slug/hearings/$hearingId" params={{ slug, hearingId: sourceId }}>
          {title}
        </Link>
      );
    case "agreement":
      return (
        <Link to="/regions/$slug/cohosts/$agreementId" params={{ slug, agreementId: sourceId }}>
          {title}
        </Link>
      );
    case "survey":
      return (
        <Link to="/regions/$slug/surveys/$surveyId" params={{ slug, surveyId: sourceId }}>
          {title}
        </Link>
      );
    case "forum_edition":
      return (
        <Link to="/regions/$slug" params={{ slug }}>
          {title}
        </Link>
      );
    default:
      return <>{title}</>;
  }
}
