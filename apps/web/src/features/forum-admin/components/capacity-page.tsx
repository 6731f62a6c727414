import { useTranslation } from "react-i18next";
import { CapacityForm } from "./capacity-form";
import { CapacityStatus } from "./capacity-status";
import type { ForumContext } from "./forum-frame";
import { RegistrationImport } from "./registration-import";

/**
 * Venue and online capacity and registration counts, by hand or from the registration service's CSV. When a
 * write fills the venue, the server switches the forum to online-only and drafts an announcement: the page says
 * so and leads to the draft.
 */
export function CapacityPage({ forum }: { forum: ForumContext }) {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="capacity-status-heading" className="forum-section">
        <h2 id="capacity-status-heading">{t("forum.capacity.statusHeading")}</h2>
        <CapacityStatus edition={forum.edition} />
      </section>
      {forum.canWrite && (
        <>
          <section aria-labelledby="capacity-form-heading" className="forum-section">
            <h2 id="capacity-form-heading">{t("forum.capacity.formHeading")}</h2>
            <CapacityForm forum={forum} />
          </section>
          <section aria-labelledby="capacity-import-heading" className="forum-section">
            <h2 id="capacity-import-heading">{t("forum.import.heading")}</h2>
            <RegistrationImport forum={forum} />
          </section>
        </>
      )}
    </>
  );
}
