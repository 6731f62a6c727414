import { isEditionPublic, type PublicForumPage, participationStatus } from "@kyoso/domain";
import { Html } from "./html";

// The forum as a schema.org Event (https://schema.org/Event), for search engines and calendars that read
// JSON-LD. Only what the page itself shows goes in: no counts, and every link is absolute on PUBLIC_URL.

const SCHEMA = "https://schema.org";

export interface EventUrls {
  /** Absolute URL of the forum page. */
  page: string;
  /** Absolute URL of the region's page (its newest forum). */
  region: string;
  /** Absolute URL of the page's preview image. */
  image?: string;
}

/** A Japan wall-clock time on the forum day, with its offset; the date alone when no time is known. */
const at = (date: string, hhmm: string | undefined) => (hhmm ? `${date}T${hhmm}:00+09:00` : date);

/**
 * The Event of a public forum with a date; undefined for an edition still being prepared or without a date
 * (an Event needs a start). The day runs from the edition's own start and end times when set, else from the
 * earliest session start to the latest session end.
 */
export function forumEvent(page: PublicForumPage, urls: EventUrls): Record<string, unknown> | undefined {
  const { edition, region } = page;
  if (!isEditionPublic(edition.stage) || !edition.heldOn) return undefined;
  const starts = page.sessions.flatMap((s) => (s.startsAt ? [s.startsAt] : [])).sort();
  const ends = page.sessions
    .flatMap((s) => ((s.endsAt ?? s.startsAt) ? [s.endsAt ?? s.startsAt ?? ""] : []))
    .sort();
  const venueFull = ["online_only", "full"].includes(participationStatus(edition));
  const virtual = { "@type": "VirtualLocation", url: urls.page };
  const place =
    (edition.venueName || edition.venueAddress) && !venueFull
      ? [
          {
            "@type": "Place",
            name: edition.venueName ?? edition.venueAddress,
            ...(edition.venueAddress
              ? {
                  address: {
                    "@type": "PostalAddress",
                    streetAddress: edition.venueAddress,
                    addressCountry: "JP",
                  },
                }
              : {}),
          },
        ]
      : [];
  const startsAt = edition.startsAt ?? starts[0];
  const endsAt = edition.endsAt ?? ends.at(-1);
  const performers = new Map<string, Record<string, unknown>>();
  for (const speaker of page.sessions.flatMap((s) => s.speakers)) {
    if (performers.has(speaker.name)) continue;
    performers.set(speaker.name, {
      "@type": "Person",
      name: speaker.name,
      ...(speaker.title ? { jobTitle: speaker.title } : {}),
      ...(speaker.affiliation ? { affiliation: { "@type": "Organization", name: speaker.affiliation } } : {}),
    });
  }
  return {
    "@context": SCHEMA,
    "@type": "Event",
    name: edition.title,
    url: urls.page,
    inLanguage: "ja",
    startDate: at(edition.heldOn, startsAt),
    endDate: at(edition.heldOn, endsAt),
    ...(urls.image ? { image: [urls.image] } : {}),
    eventStatus: `${SCHEMA}/EventScheduled`,
    eventAttendanceMode: venueFull
      ? `${SCHEMA}/OnlineEventAttendanceMode`
      : `${SCHEMA}/MixedEventAttendanceMode`,
    location: [...place, virtual],
    organizer: {
      "@type": "Organization",
      name: edition.organizerName ?? `${region.nameJa} フォーラム実行委員会`,
      url: urls.region,
      ...(edition.contact.email ? { email: edition.contact.email } : {}),
      ...(edition.contact.phone ? { telephone: edition.contact.phone } : {}),
    },
    ...(edition.registrationUrl
      ? {
          offers: {
            "@type": "Offer",
            url: edition.registrationUrl,
            availability: `${SCHEMA}/${participationStatus(edition) === "full" ? "SoldOut" : "InStock"}`,
          },
        }
      : {}),
    ...(performers.size > 0 ? { performer: [...performers.values()] } : {}),
  };
}

/** JSON-LD in a script element: `<` is written as \u003c so no text can close the element. */
export function jsonLdScript(data: Record<string, unknown>): Html {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return new Html(`<script type="application/ld+json">${json}</script>`);
}
