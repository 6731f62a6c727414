import { z } from "zod";

// Japanese is the first language: validation messages without a message of their own read in Japanese.
z.config(z.locales.ja());

export * from "./agreements";
export * from "./calendar";
export * from "./dates";
export * from "./errors";
export * from "./forum-edition";
export * from "./milestones";
export * from "./model";
export * from "./organizations";
export * from "./overview";
export * from "./permissions";
export * from "./prefectures";
export * from "./records";
export * from "./short-dates";
export * from "./stage";
export * from "./tasks";
export * from "./users";
