import { describe, expect, it } from "vitest";
import { type Actor, can, visibleRegionFilter } from "../src/index";

const SAITAMA = "r-saitama";
const SHUTOKEN = "r-shutoken";
const EDITION = "e-saitama-2026";

const actor = (over: Partial<Actor>): Actor => ({
  id: "u",
  role: "committee",
  regionIds: [],
  partnerEditionId: null,
  partnerRegionId: null,
  ...over,
});
const national = actor({ role: "national" });
const committee = actor({ role: "committee", regionIds: [SAITAMA] });
const probono = actor({ role: "probono", regionIds: [SHUTOKEN] });
const partner = actor({ role: "partner", partnerEditionId: EDITION, partnerRegionId: SAITAMA });

describe("permissions", () => {
  it("let anyone, even signed out, use public procedures, and nothing else", () => {
    expect(can(null, "public")).toBe(true);
    expect(can(null, "signedIn")).toBe(false);
    expect(can(null, "region.summary", { regionId: SAITAMA })).toBe(false);
  });

  it("let the national team do everything everywhere", () => {
    for (const p of ["region.read", "edition.write", "user.manage", "audit.read"] as const) {
      expect(can(national, p, { regionId: SHUTOKEN })).toBe(true);
    }
  });

  it("let a committee member read and write their own region, and only summarise others", () => {
    expect(can(committee, "region.read", { regionId: SAITAMA })).toBe(true);
    expect(can(committee, "edition.write", { regionId: SAITAMA })).toBe(true);
    expect(can(committee, "region.read", { regionId: SHUTOKEN })).toBe(false);
    expect(can(committee, "edition.write", { regionId: SHUTOKEN })).toBe(false);
    expect(can(committee, "region.summary", { regionId: SHUTOKEN })).toBe(true);
    expect(can(committee, "user.manage")).toBe(false);
  });

  it("treat a region-scoped permission with no region as denied for regional roles", () => {
    expect(can(committee, "region.read")).toBe(false);
    expect(can(committee, "edition.write", { regionId: "" })).toBe(false);
  });

  it("let pro bono staff read their regions' editions but not write them or read notes", () => {
    expect(can(probono, "edition.read", { regionId: SHUTOKEN })).toBe(true);
    expect(can(probono, "edition.write", { regionId: SHUTOKEN })).toBe(false);
    expect(can(probono, "region.read", { regionId: SHUTOKEN })).toBe(false);
  });

  it("let a partner read their one forum and that region's summary, nothing else", () => {
    expect(can(partner, "edition.read", { regionId: SAITAMA, editionId: EDITION })).toBe(true);
    expect(can(partner, "edition.read", { regionId: SAITAMA, editionId: "e-other" })).toBe(false);
    expect(can(partner, "region.summary", { regionId: SAITAMA })).toBe(true);
    expect(can(partner, "region.summary", { regionId: SHUTOKEN })).toBe(false);
    expect(can(partner, "edition.write", { regionId: SAITAMA })).toBe(false);
    expect(visibleRegionFilter(partner)).toEqual({ all: false, regionIds: [SAITAMA] });
    expect(visibleRegionFilter(committee)).toEqual({ all: true });
  });
});
