import { useParams, useSearch } from "@tanstack/react-router";
import { AuditPage } from "../../features/audit/components/audit-page";
import { AcceptInvitationPage } from "../../features/auth/components/accept-invitation-page";
import { ReadLogPage } from "../../features/privacy/components/read-log-page";
import { SubjectExportPage } from "../../features/privacy/components/subject-export-page";
import { EditUserPage } from "../../features/users/components/edit-user-page";
import { UsersPage } from "../../features/users/components/users-page";

export function UsersRoute() {
  return <UsersPage />;
}

export function EditUserRoute() {
  const { userId } = useParams({ from: "/_signedIn/users/$userId" });
  return <EditUserPage userId={userId} />;
}

export function AuditRoute() {
  const search = useSearch({ from: "/_signedIn/audit" });
  return <AuditPage search={search} />;
}

export function ReadLogRoute() {
  const search = useSearch({ from: "/_signedIn/read-log" });
  return <ReadLogPage search={search} />;
}

export function SubjectExportRoute() {
  return <SubjectExportPage />;
}

export function InviteRoute() {
  const { token } = useParams({ from: "/invite/$token" });
  return <AcceptInvitationPage token={token} />;
}
