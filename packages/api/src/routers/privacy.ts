import { listReadLogs } from "@kyoso/db";
import { readLogListSchema, subjectSearchSchema } from "@kyoso/domain";
import { subjectExport } from "../services/privacy";
import { createTRPCRouter, protectedProcedure } from "../trpc";

// The national team's privacy tools: who read free text (閲覧ログ), and what is held about a person who asks.

export const privacyRouter = createTRPCRouter({
  /** Reads of hearing findings and survey free text, newest first, by person or record. */
  readLog: protectedProcedure
    .meta({ permission: "audit.read", scope: "none" })
    .input(readLogListSchema)
    .query(({ ctx, input }) => listReadLogs(ctx.db, input)),

  /**
   * Every record naming a person (organization contacts, meeting attendees, hearings, user accounts) found by name
   * or e-mail, as one document to hand them. A mutation: the search leaves an audit row.
   */
  subjectExport: protectedProcedure
    .meta({ permission: "audit.read", scope: "none" })
    .input(subjectSearchSchema)
    .mutation(({ ctx, input }) => subjectExport(ctx, input)),
});
