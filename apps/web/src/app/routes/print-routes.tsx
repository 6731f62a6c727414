import { useParams, useSearch } from "@tanstack/react-router";
import { ProgramPrintPage } from "../../features/forum-admin/components/program-print-page";
import { MeetingPrintPage } from "../../features/meetings/components/meeting-print-page";
import { RegionReportPrintPage } from "../../features/region-page/components/region-report-print-page";

export function PrintMeetingRoute() {
  const { slug, meetingId } = useParams({ from: "/_print/print/regions/$slug/meetings/$meetingId" });
  return <MeetingPrintPage slug={slug} meetingId={meetingId} />;
}

export function PrintProgramRoute() {
  const { slug, year } = useParams({ from: "/_print/print/forums/$slug/$year/program" });
  return <ProgramPrintPage slug={slug} year={Number(year)} />;
}

export function PrintReportRoute() {
  const { slug } = useParams({ from: "/_print/print/regions/$slug/report" });
  const search = useSearch({ from: "/_print/print/regions/$slug/report" });
  return <RegionReportPrintPage slug={slug} year={search.year} notes={search.notes === true} />;
}
