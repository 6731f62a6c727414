import { PREFECTURES, STAGES } from "@kyoso/domain";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { StageBadge } from "../../../components/stage-badge";
import { toLanguage } from "../../../i18n/index";
import type { RouterOutputs } from "../../../lib/api-types";
import { PHONE_QUERY, useMediaQuery } from "../../../lib/use-media-query";
import { TILE_POSITIONS } from "../lib/tile-layout";

type Tile = RouterOutputs["overview"]["get"]["prefectureTiles"][number];

/**
 * Japan as 47 square tiles, one link per prefecture, coloured by its forum's stage with the stage written on
 * it. A list of links, not an image: each tile reads 「埼玉県：開催済」. On a phone the map is three screens wide,
 * so it waits behind 「地図で見る」 (the list above says the same) and its box says that it scrolls and takes focus.
 */
export function PrefectureTileMap({ tiles }: { tiles: Tile[] }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const byCode = new Map(tiles.map((tile) => [tile.code, tile]));
  // The visible words must appear in the spoken name: English separates them with a space, Japanese does not.
  const wordSpace = t("dashboard.tileMap.wordSpace");
  const phone = useMediaQuery(PHONE_QUERY);

  return (
    <section aria-labelledby="tile-map-heading" className="section">
      <h2 id="tile-map-heading">{t("dashboard.tileMap.heading")}</h2>
      <p>{t("dashboard.tileMap.intro")}</p>
      {/* Keyed by the layout: turning a phone sideways (or back) opens (or folds) the map again. */}
      <details
        className="tile-map-disclosure"
        open={!phone}
        key={phone ? "phone" : "wide"}
        onToggle={(event) => {
          // Japan runs from the bottom left to the top right: opened on a phone, the map shows the north-east
          // (Hokkaido to Kanto) rather than the empty top-left corner of its grid.
          const box = event.currentTarget.querySelector(".tile-map-scroll");
          if (phone && event.currentTarget.open && box) box.scrollLeft = box.scrollWidth;
        }}
      >
        <summary>{t("dashboard.tileMap.show")}</summary>
        <p className="muted small tile-map-hint" id="tile-map-hint">
          {t("dashboard.tileMap.scrollHint")}
        </p>
        <section
          className="tile-map-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls sideways must be reachable by keyboard.
          tabIndex={0}
          aria-label={t("dashboard.tileMap.scrollLabel")}
          aria-describedby="tile-map-hint"
        >
          <ul className="tile-map" aria-labelledby="tile-map-heading">
            {PREFECTURES.map((p) => {
              const tile = byCode.get(p.code);
              const stage = tile?.stage ?? "none";
              const [row, column] = TILE_POSITIONS[p.code] ?? [0, 0];
              const name = locale === "en" ? p.nameRomaji : p.nameJa;
              const label = t("dashboard.tileMap.tileLabel", { name, stage: t(`stage.${stage}`) });
              return (
                <li key={p.code} style={{ gridRow: row + 1, gridColumn: column + 1 }}>
                  {tile ? (
                    <Link
                      to="/regions/$slug"
                      params={{ slug: tile.regionSlug }}
                      className={`tile badge--${stage}`}
                      data-stage={stage}
                      aria-label={label}
                    >
                      <span className="tile-name">{name}</span>
                      {wordSpace}
                      <span className="tile-stage">{t(`stage.${stage}`)}</span>
                    </Link>
                  ) : (
                    <span className={`tile badge--${stage}`} data-stage={stage} aria-label={label} role="img">
                      <span className="tile-name">{name}</span>
                      {wordSpace}
                      <span className="tile-stage">{t(`stage.${stage}`)}</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
        <h3 className="legend-heading">{t("dashboard.tileMap.legend")}</h3>
        <ul className="legend">
          {[...STAGES, null].map((stage) => (
            <li key={stage ?? "none"}>
              <StageBadge stage={stage} />
            </li>
          ))}
        </ul>
      </details>
      <p className="muted small">{t("dashboard.tileMap.textAlternative")}</p>
    </section>
  );
}
