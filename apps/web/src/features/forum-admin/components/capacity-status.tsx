import { isOnlineFull, isVenueFull } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { VenueFullBadge } from "../../../components/venue-full-badge";
import type { Edition } from "../lib/types";

/** The numbers as they stand: registrations against capacity, venue and online, and the venue-full switch. */
export function CapacityStatus({ edition }: { edition: Edition }) {
  const { t } = useTranslation();
  const seats = (registrations: number, capacity: number | null) =>
    capacity === null
      ? t("forum.capacity.seatsUnlimited", { registrations })
      : registrations >= capacity
        ? t("forum.capacity.seatsFull", { registrations, capacity })
        : t("forum.capacity.seats", { registrations, capacity, left: capacity - registrations });
  return (
    <div className="card">
      <dl className="facts capacity-facts">
        <div>
          <dt>{t("forum.capacity.venue")}</dt>
          <dd>
            {seats(edition.venueRegistrations, edition.venueCapacity)}
            {edition.venueFullFrom ? (
              <>
                <br />
                <VenueFullBadge from={edition.venueFullFrom} />
              </>
            ) : (
              isVenueFull(edition.venueCapacity, edition.venueRegistrations) && (
                <>
                  <br />
                  <span className="muted">{t("forum.capacity.reachedNoDate")}</span>
                </>
              )
            )}
          </dd>
        </div>
        <div>
          <dt>{t("forum.capacity.online")}</dt>
          <dd>
            {seats(edition.onlineRegistrations, edition.onlineCapacity)}
            {isOnlineFull(edition.onlineCapacity, edition.onlineRegistrations) && (
              <>
                <br />
                <strong>{t("forum.capacity.onlineFull")}</strong>
              </>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
