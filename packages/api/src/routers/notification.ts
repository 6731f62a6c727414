import { notificationIdsSchema, notificationListSchema, notificationPreferencesSchema } from "@kyoso/domain";
import {
  markMyNotificationsRead,
  myNotificationPreferences,
  myNotifications,
  myUnreadCount,
  saveMyNotificationPreferences,
} from "../services/notifications";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const own = { permission: "signedIn", scope: "none" } as const;

/** The signed-in person's notifications and how they receive them. Each acts on the caller's own only. */
export const notificationRouter = createTRPCRouter({
  list: protectedProcedure
    .meta(own)
    .input(notificationListSchema)
    .query(({ ctx, input }) => myNotifications(ctx, input)),

  /** For the header badge. */
  unreadCount: protectedProcedure.meta(own).query(({ ctx }) => myUnreadCount(ctx)),

  markRead: protectedProcedure
    .meta(own)
    .input(notificationIdsSchema)
    .mutation(({ ctx, input }) => markMyNotificationsRead(ctx, input.ids)),

  markAllRead: protectedProcedure.meta(own).mutation(({ ctx }) => markMyNotificationsRead(ctx, null)),

  preferences: protectedProcedure.meta(own).query(({ ctx }) => myNotificationPreferences(ctx)),

  savePreferences: protectedProcedure
    .meta(own)
    .input(notificationPreferencesSchema)
    .mutation(({ ctx, input }) => saveMyNotificationPreferences(ctx, input)),
});
