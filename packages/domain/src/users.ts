import { z } from "zod";
import { ROLES } from "./permissions";
import { idOf, isoDateSchema, pageSchema, pageSizeSchema, safeString, versionSchema } from "./text";
import { AUDIT_RECORD_TYPES } from "./vocabulary";

export const emailSchema = safeString()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "メールアドレスの形式が正しくありません。" }));

export const passwordSchema = safeString()
  .min(10, { message: "パスワードは10文字以上にしてください。" })
  .max(200, { message: "パスワードは200文字以内にしてください。" });

const displayName = safeString()
  .trim()
  .min(1, { message: "表示名を入力してください。" })
  .max(100, { message: "表示名は100文字以内で入力してください。" });

export const roleSchema = z.enum(ROLES, { message: "役割の値が正しくありません。" });

export const signInSchema = z.object({
  email: emailSchema,
  password: safeString().min(1, { message: "パスワードを入力してください。" }).max(200),
});

export const acceptInvitationSchema = z.object({
  token: safeString().regex(/^[A-Za-z0-9_-]{43}$/, { message: "招待リンクが正しくありません。" }),
  password: passwordSchema,
});

const regionIds = z.array(idOf("地域")).max(47);

/** A committee member or pro bono volunteer works in at least one region; a partner sees one forum. */
function refineRoleScope(
  value: {
    role?: string | undefined;
    regionIds?: string[] | undefined;
    partnerEditionId?: string | null | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if ((value.role === "committee" || value.role === "probono") && value.regionIds?.length === 0) {
    ctx.addIssue({ code: "custom", path: ["regionIds"], message: "担当する地域を1つ以上選んでください。" });
  }
  if (value.role === "partner" && !value.partnerEditionId) {
    ctx.addIssue({
      code: "custom",
      path: ["partnerEditionId"],
      message: "共催・協力団体が見るフォーラムを選んでください。",
    });
  }
}

export const userInviteSchema = z
  .object({
    email: emailSchema,
    displayName,
    role: roleSchema,
    regionIds: regionIds.default([]),
    partnerEditionId: z.uuid().nullable().default(null),
  })
  .superRefine(refineRoleScope);
export type UserInvite = z.infer<typeof userInviteSchema>;

export const userUpdateSchema = z
  .object({
    id: z.uuid(),
    version: versionSchema,
    displayName: displayName.optional(),
    role: roleSchema.optional(),
    regionIds: regionIds.optional(),
    partnerEditionId: z.uuid().nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .superRefine(refineRoleScope);
export type UserUpdate = z.infer<typeof userUpdateSchema>;

export const auditListSchema = z.object({
  actorId: z.uuid().optional(),
  regionId: z.uuid().optional(),
  recordType: z.enum(AUDIT_RECORD_TYPES).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  page: pageSchema.default(1),
  pageSize: pageSizeSchema(50),
});
export type AuditListInput = z.infer<typeof auditListSchema>;
