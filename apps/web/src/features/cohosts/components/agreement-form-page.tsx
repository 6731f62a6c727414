import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { AgreementForm } from "./agreement-form";

/** New talks belong to the region's current forum; they start as 打診 or 協議中. */
export function AgreementFormPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const { region, slug, name } = context;
  const backLink = (
    <Link to="/regions/$slug/cohosts" params={{ slug }}>
      {t("cohosts.backToList", { region: name })}
    </Link>
  );
  const edition = region.currentEdition;
  if (!edition) {
    return (
      <>
        <p className="breadcrumb">{backLink}</p>
        <PageHeading title={t("cohosts.createTitle")} />
        <p className="notice notice--info">{t("cohosts.noEdition")}</p>
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb">{backLink}</p>
      <PageHeading title={t("cohosts.createTitle")} />
      <p className="lead">{edition.title}</p>
      <AgreementForm slug={slug} regionId={region.id} editionId={edition.id} />
    </>
  );
}
