import type { EditionSummary } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { StageBadge } from "../../../components/stage-badge";
import { VenueFullBadge } from "../../../components/venue-full-badge";

export function PastEditions({ editions }: { editions: EditionSummary[] }) {
  const { t } = useTranslation();
  if (editions.length === 0) return <p className="empty">{t("region.noPast")}</p>;
  return (
    <ul className="entries">
      {editions.map((edition) => (
        <li key={edition.id} className="entry">
          <p className="entry-meta">
            <span>{t("region.year", { year: edition.year })}</span>
            <StageBadge stage={edition.stage} />
            {edition.heldOn && <DateText value={edition.heldOn} />}
            {edition.venueFullFrom && <VenueFullBadge from={edition.venueFullFrom} compact />}
          </p>
          <p className="entry-title">{edition.title}</p>
        </li>
      ))}
    </ul>
  );
}
