import type { Role } from "@kyoso/domain";

/** Published in the README and printed at start-up: the demo is for trying Kyoso, not for real data. */
export const DEMO_PASSWORD = "kyoso-demo-2026";
// argon2id (m=19456, t=2, p=1) of DEMO_PASSWORD, computed once so seeding needs no hashing library.
const DEMO_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$EFwjvvyuHGsWQv9g7Nc9Wg$2U8yqnXlT6rdwmIa/3IG8bWPdpurT9JopwMYm6KPILI";

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  regionSlugs: string[];
  /** For a partner: the region and year of their one forum edition. */
  partnerEdition?: { regionSlug: string; year: number };
}

export const DEMO_USERS: DemoUser[] = [
  { email: "national@kyoso.example", displayName: "全国 実行チーム", role: "national", regionSlugs: [] },
  {
    email: "saitama@kyoso.example",
    displayName: "埼玉 実行委員",
    role: "committee",
    regionSlugs: ["saitama"],
  },
  {
    email: "shutoken@kyoso.example",
    displayName: "首都圏 実行委員",
    role: "committee",
    regionSlugs: ["shutoken"],
  },
  {
    email: "probono@kyoso.example",
    displayName: "プロボノ スタッフ",
    role: "probono",
    regionSlugs: ["shutoken"],
  },
  {
    email: "partner@kyoso.example",
    displayName: "共催団体 担当者",
    role: "partner",
    regionSlugs: [],
    partnerEdition: { regionSlug: "saitama", year: 2026 },
  },
];

export const demoPasswordHash = (): string => DEMO_PASSWORD_HASH;
