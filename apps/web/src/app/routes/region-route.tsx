import { useParams } from "@tanstack/react-router";
import { RegionPage } from "../../features/region-page/components/region-page";

export function RegionRoute() {
  const { slug } = useParams({ from: "/_signedIn/regions/$slug" });
  return <RegionPage slug={slug} />;
}
