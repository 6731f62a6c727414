import { z } from "zod";

// Japanese is the first language: validation messages without a message of their own read in Japanese.
z.config(z.locales.ja());

export * from "./accounts";
export * from "./agreement-edits";
export * from "./agreements";
export * from "./announcements";
export * from "./calendar";
export * from "./capacity";
export * from "./dates";
export * from "./errors";
export * from "./feed-tokens";
export * from "./forum-edition";
export * from "./home";
export * from "./milestones";
export * from "./model";
export * from "./notifications";
export * from "./organizations";
export * from "./overview";
export * from "./permissions";
export * from "./prefectures";
export * from "./program";
export * from "./public-forum";
export * from "./rate-limits";
export * from "./records";
export * from "./regions";
export * from "./registrations";
export * from "./reminders";
export * from "./retrospective";
export * from "./short-dates";
export * from "./stage";
export * from "./surveys";
export * from "./tasks";
export * from "./text";
export * from "./trash";
export * from "./uploads";
export * from "./users";
