import type { HomeData } from "@kyoso/domain";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { StageBadge } from "../../../components/stage-badge";
import { toLanguage } from "../../../i18n/index";

/** The person's own regions, first on the page: the region, its quick log (one tap) and its tasks. */
export function MyRegions({ regions }: { regions: HomeData["myRegions"] }) {
  const { t, i18n } = useTranslation();
  const en = toLanguage(i18n.resolvedLanguage) === "en";
  return (
    <section aria-labelledby="home-regions-heading" className="home-section home-section--regions">
      <h2 id="home-regions-heading">{t("home.myRegions.heading")}</h2>
      <ul className="home-regions">
        {regions.map((region) => {
          const name = en ? region.nameEn : region.nameJa;
          return (
            <li key={region.id} className="home-region">
              <Link to="/regions/$slug" params={{ slug: region.slug }} className="home-region-name">
                {name}
              </Link>
              <div className="home-region-actions">
                {region.canLog && (
                  <Link
                    to="/regions/$slug/meetings/quick"
                    params={{ slug: region.slug }}
                    className="button"
                    aria-label={t("home.myRegions.quickLogFor", { name })}
                  >
                    {t("home.myRegions.quickLog")}
                  </Link>
                )}
                <Link
                  to="/tasks"
                  search={{ region: region.id }}
                  className="button button--secondary"
                  aria-label={t("home.myRegions.tasksFor", { name })}
                >
                  {t("home.myRegions.tasks")}
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The national team's picture: regions by stage and how many have a late step, with the overview one tap away. */
export function NationalPicture({ picture }: { picture: NonNullable<HomeData["national"]> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-national-heading" className="home-section">
      <h2 id="home-national-heading">{t("home.national.heading")}</h2>
      <p>{t("home.national.regions", { count: picture.regionCount })}</p>
      <ul className="home-stages" aria-label={t("home.national.byStageCaption")}>
        {picture.byStage.map((s) => (
          <li key={s.stage}>
            <StageBadge stage={s.stage} /> {s.n}
          </li>
        ))}
      </ul>
      <p className={picture.regionsLate > 0 ? "home-alert" : undefined}>
        {t("home.national.late", { count: picture.regionsLate })}
      </p>
      <p>
        <Link to="/overview">{t("home.national.open")}</Link>
      </p>
    </section>
  );
}
