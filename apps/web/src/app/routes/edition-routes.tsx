import { useParams } from "@tanstack/react-router";
import { CreateEditionPage } from "../../features/forum-edition/components/create-edition-page";
import { EditEditionPage } from "../../features/forum-edition/components/edit-edition-page";

export function CreateEditionRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug/editions/new" });
  return <CreateEditionPage slug={slug} />;
}

export function EditEditionRoute() {
  const { slug, editionId } = useParams({ from: "/_signedIn/regions/$slug/editions/$editionId/edit" });
  return <EditEditionPage slug={slug} editionId={editionId} />;
}
