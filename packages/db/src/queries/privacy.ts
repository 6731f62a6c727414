import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// Privacy: erasing a survey's free-text answers once its retention period ends, and finding what the network
// holds about one person (a subject access request).

/** Surveys whose free-text retention ended on or before `today` (Japan's date) and that still hold free text. */
export async function listSurveysDueForErasure(db: Kysely<Database>, today: string) {
  return db
    .selectFrom("survey")
    .select(["id", "regionId", "title", "closesOn", "freeTextRetentionDays"])
    .where("freeTextRetentionDays", "is not", null)
    .where("freeTextErasedAt", "is", null)
    .where(sql<boolean>`closes_on + free_text_retention_days <= ${today}::date`)
    .orderBy("closesOn")
    .execute();
}

/**
 * Empties every free-text answer of a survey (deleted answers too) and drops its free-text rows. The answered
 * question stays answered, with an empty text, so tallies and a recount from the responses agree as before;
 * choice and scale answers are untouched. Returns how many texts were erased.
 */
export async function eraseSurveyFreeText(db: Kysely<Database>, surveyId: string, at: Date): Promise<number> {
  const counted = await sql<{ n: string }>`
    select count(*) as n
    from survey_response r
    cross join lateral jsonb_each(r.answers) e
    join survey_question q on q.survey_id = r.survey_id and q.id = e.key and q.kind in ('shortText', 'longText')
    where r.survey_id = ${surveyId} and e.value <> '""'::jsonb`.execute(db);
  await sql`
    update survey_response r set answers = (
      select jsonb_object_agg(
        e.key,
        case when q.kind in ('shortText', 'longText') then '""'::jsonb else e.value end
      )
      from jsonb_each(r.answers) e
      left join survey_question q on q.survey_id = r.survey_id and q.id = e.key
    )
    where r.survey_id = ${surveyId} and exists (
      select 1 from jsonb_each(r.answers) e
      join survey_question q on q.survey_id = r.survey_id and q.id = e.key and q.kind in ('shortText', 'longText')
      where e.value <> '""'::jsonb
    )`.execute(db);
  await db.deleteFrom("surveyTextAnswer").where("surveyId", "=", surveyId).execute();
  await db.updateTable("survey").set({ freeTextErasedAt: at }).where("id", "=", surveyId).execute();
  return Number(counted.rows[0]?.n ?? 0);
}

export async function setSurveyRetention(
  db: Kysely<Database>,
  surveyId: string,
  freeTextRetentionDays: number | null,
): Promise<void> {
  await db.updateTable("survey").set({ freeTextRetentionDays }).where("id", "=", surveyId).execute();
}

/** `text` as a LIKE pattern matching it anywhere, its own wildcards taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * Every record that names a person, by name or e-mail address (case-insensitive, anywhere in the field):
 * organization contacts, meetings whose attendees mention them, hearings where they answered or asked, and
 * user accounts. Deleted records still held (in 削除済み) are included and say so.
 */
export async function findSubjectRecords(db: Kysely<Database>, query: string) {
  const like = containing(query);
  const [contacts, meetings, hearings, users] = await Promise.all([
    db
      .selectFrom("organizationContact")
      .innerJoin("organization", "organization.id", "organizationContact.organizationId")
      .select([
        "organizationContact.id",
        "organizationContact.name",
        "organizationContact.title",
        "organizationContact.email",
        "organizationContact.phone",
        "organization.id as organizationId",
        "organization.name as organizationName",
        "organization.deletedAt",
      ])
      .where((eb) =>
        eb.or([
          eb("organizationContact.name", "ilike", like),
          eb("organizationContact.email", "ilike", like),
        ]),
      )
      .orderBy("organization.name")
      .orderBy("organizationContact.position")
      .execute(),
    db
      .selectFrom("meeting")
      .innerJoin("region", "region.id", "meeting.regionId")
      .select([
        "meeting.id",
        "meeting.title",
        "meeting.heldOn",
        "meeting.attendees",
        "meeting.deletedAt",
        "region.id as regionId",
        "region.nameJa as regionNameJa",
      ])
      .where("meeting.attendees", "ilike", like)
      .orderBy("meeting.heldOn", "desc")
      .execute(),
    db
      .selectFrom("hearing")
      .innerJoin("region", "region.id", "hearing.regionId")
      .innerJoin("organization", "organization.id", "hearing.organizationId")
      .select([
        "hearing.id",
        "hearing.heldOn",
        "hearing.interviewer",
        "hearing.respondent",
        "hearing.summary",
        "hearing.consent",
        "hearing.consentOn",
        "hearing.purposeOfUse",
        "hearing.deletedAt",
        "organization.name as organizationName",
        "region.id as regionId",
        "region.nameJa as regionNameJa",
      ])
      .select((eb) =>
        eb
          .selectFrom("hearingFinding")
          .innerJoin("hearingTheme", "hearingTheme.id", "hearingFinding.themeId")
          .select(
            sql<
              { theme: string; body: string }[]
            >`coalesce(jsonb_agg(jsonb_build_object('theme', hearing_theme.name_ja, 'body', hearing_finding.body) order by hearing_finding.position), '[]'::jsonb)`.as(
              "f",
            ),
          )
          .whereRef("hearingFinding.hearingId", "=", "hearing.id")
          .as("findings"),
      )
      .where((eb) =>
        eb.or([eb("hearing.respondent", "ilike", like), eb("hearing.interviewer", "ilike", like)]),
      )
      .orderBy("hearing.heldOn", "desc")
      .execute(),
    db
      .selectFrom("appUser")
      .select(["id", "displayName", "email", "role", "createdAt", "disabledAt"])
      .where((eb) => eb.or([eb("displayName", "ilike", like), eb("email", "ilike", like)]))
      .orderBy("displayName")
      .execute(),
  ]);
  return {
    contacts,
    meetings,
    hearings: hearings.map((h) => ({ ...h, findings: h.findings ?? [] })),
    users,
  };
}
