import { can } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../../components/fields";
import { toLanguage } from "../../../i18n/index";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import type { CreatedFeedLink } from "./calendar-links-page";
import { CopyField } from "./copy-field";

/**
 * The new link's addresses, shown this once (only a hash of the secret is kept): the user's own schedule, and
 * the calendar of a region whose records they may read. The heading takes focus so the result is read out.
 */
export function CreatedLink({ created, onDismiss }: { created: CreatedFeedLink; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const me = useMe();
  const heading = useRef<HTMLHeadingElement>(null);
  const regions = useQuery(trpc.region.list.queryOptions());
  const readable = (regions.data ?? []).filter((r) => can(me, "region.read", { regionId: r.id }));
  const [slug, setSlug] = useState("");
  const chosen = readable.find((r) => r.slug === slug) ?? readable[0];

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section aria-labelledby="calendar-created-heading" className="card created-link">
      <h3 id="calendar-created-heading" ref={heading} tabIndex={-1}>
        {t("calendarLinks.created.heading", { label: created.label })}
      </h3>
      <p className="notice notice--info">
        <strong>{t("calendarLinks.created.once")}</strong> {t("calendarLinks.created.secret")}
      </p>
      <CopyField
        id="calendar-url-mine"
        label={t("calendarLinks.created.mine")}
        hint={t("calendarLinks.created.mineHint")}
        value={created.urls.mine}
      />
      {readable.length > 0 && chosen && (
        <div className="region-calendar">
          {readable.length > 1 && (
            <SelectField
              id="calendar-region"
              label={t("calendarLinks.created.region")}
              value={chosen.slug}
              onChange={setSlug}
              options={readable.map((r) => ({ value: r.slug, label: locale === "en" ? r.nameEn : r.nameJa }))}
            />
          )}
          <CopyField
            id="calendar-url-region"
            label={t("calendarLinks.created.regionUrl", {
              region: locale === "en" ? chosen.nameEn : chosen.nameJa,
            })}
            hint={t("calendarLinks.created.regionHint")}
            value={created.urls.region.replace("{slug}", chosen.slug)}
          />
        </div>
      )}
      <p>
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t("calendarLinks.created.dismiss")}
        </button>
      </p>
    </section>
  );
}
