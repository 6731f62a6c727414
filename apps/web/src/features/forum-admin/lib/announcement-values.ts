import type { Announcement } from "./types";

export interface AnnouncementValues {
  announcedOn: string;
  title: string;
  body: string;
}

export const valuesOfAnnouncement = (a: Announcement): AnnouncementValues => ({
  announcedOn: a.announcedOn,
  title: a.title,
  body: a.body,
});

export const announcementControlId = (
  id: string,
  control: "item" | "heading" | "edit" | "publish" | "unpublish" | "remove",
) => `announcement-${id}${control === "item" ? "" : `-${control}`}`;
