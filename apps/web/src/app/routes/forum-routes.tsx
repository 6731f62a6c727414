import { useParams, useSearch } from "@tanstack/react-router";
import { AnnouncementsPage } from "../../features/forum-admin/components/announcements-page";
import { CapacityPage } from "../../features/forum-admin/components/capacity-page";
import { ForumFrame } from "../../features/forum-admin/components/forum-frame";
import { ProgramPage } from "../../features/forum-admin/components/program-page";
import { RetrospectivePage } from "../../features/forum-admin/components/retrospective-page";

export function ForumProgramRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/forum" });
  const { edition } = useSearch({ from: "/_signedIn/regions/$slug/forum" });
  return (
    <ForumFrame slug={slug} editionId={edition} section="program">
      {(forum) => <ProgramPage forum={forum} />}
    </ForumFrame>
  );
}

export function ForumCapacityRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/forum/capacity" });
  const { edition } = useSearch({ from: "/_signedIn/regions/$slug/forum/capacity" });
  return (
    <ForumFrame slug={slug} editionId={edition} section="capacity">
      {(forum) => <CapacityPage forum={forum} />}
    </ForumFrame>
  );
}

export function ForumAnnouncementsRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/forum/announcements" });
  const { edition } = useSearch({ from: "/_signedIn/regions/$slug/forum/announcements" });
  return (
    <ForumFrame slug={slug} editionId={edition} section="announcements">
      {(forum) => <AnnouncementsPage forum={forum} />}
    </ForumFrame>
  );
}

export function ForumRetrospectiveRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/forum/retrospective" });
  const { edition } = useSearch({ from: "/_signedIn/regions/$slug/forum/retrospective" });
  return (
    <ForumFrame slug={slug} editionId={edition} section="retrospective">
      {(forum) => <RetrospectivePage forum={forum} />}
    </ForumFrame>
  );
}
