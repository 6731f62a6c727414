import type { RouterOutputs } from "../../../lib/api-types";

export type Program = RouterOutputs["program"]["forEdition"];
export type Session = Program["sessions"][number];
export type Speaker = Session["speakers"][number];
export type Announcement = RouterOutputs["announcement"]["forEdition"][number];
export type CapacityResult = RouterOutputs["capacity"]["set"];
export type RegistrationPreview = RouterOutputs["capacity"]["importPreview"];
export type Edition = RouterOutputs["forumEdition"]["byId"];
