import type { Role, UserInvite, UserProfile, UserUpdate } from "@kyoso/domain";

/** What the invite and edit forms hold; role-specific parts are dropped when the input is built. */
export interface UserFormValues {
  email: string;
  displayName: string;
  role: Role;
  regionIds: string[];
  partnerEditionId: string;
  disabled: boolean;
}

export const emptyUserValues = (): UserFormValues => ({
  email: "",
  displayName: "",
  role: "committee",
  regionIds: [],
  partnerEditionId: "",
  disabled: false,
});

export const userValuesOf = (user: UserProfile): UserFormValues => ({
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  regionIds: user.regionIds,
  partnerEditionId: user.partnerEditionId ?? "",
  disabled: user.disabled,
});

export const usesRegions = (role: Role) => role === "committee" || role === "probono";

/** Regions only for roles that work in regions, a forum only for a partner: hidden choices are not sent. */
function scopeOf(values: UserFormValues) {
  return {
    regionIds: usesRegions(values.role) ? values.regionIds : [],
    partnerEditionId: values.role === "partner" && values.partnerEditionId ? values.partnerEditionId : null,
  };
}

export function toInviteInput(values: UserFormValues): UserInvite {
  return { email: values.email, displayName: values.displayName, role: values.role, ...scopeOf(values) };
}

export function toUserUpdateInput(values: UserFormValues, user: UserProfile): UserUpdate {
  return {
    id: user.id,
    version: user.version,
    displayName: values.displayName,
    role: values.role,
    disabled: values.disabled,
    ...scopeOf(values),
  };
}

export type UserStatus = "active" | "invited" | "disabled";

export function statusOf(user: UserProfile): UserStatus {
  if (user.disabled) return "disabled";
  return user.active ? "active" : "invited";
}
