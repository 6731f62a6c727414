import { CalendarLinksPage } from "../../features/calendar-links/components/calendar-links-page";

export function CalendarLinksRoute() {
  return <CalendarLinksPage />;
}
