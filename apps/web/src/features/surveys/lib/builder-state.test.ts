import { describe, expect, it } from "vitest";
import { draftOf, newQuestion, surveyFields, withKind } from "./builder-state";

const saved = {
  title: "参加者アンケート",
  introduction: null,
  purposeOfUse: null,
  opensOn: "2026-02-21",
  closesOn: "2026-03-06",
  asksOrganizationType: true,
  questions: [
    {
      id: "q1",
      kind: "single" as const,
      label: "参加方法",
      help: null,
      required: true,
      options: [
        { id: "q1-1", label: "会場" },
        { id: "q1-2", label: "オンライン" },
      ],
      scaleMinLabel: null,
      scaleMaxLabel: null,
    },
  ],
};

describe("the builder's draft", () => {
  it("sends saved questions and options with their ids, so answers stay linked", () => {
    const draft = draftOf(saved);
    const q = draft.questions[0];
    if (!q) throw new Error("no question");
    const reworded = { ...draft, questions: [{ ...q, label: "ご参加の方法" }, newQuestion("longText")] };
    const fields = surveyFields(reworded);
    expect(fields.questions[0]).toMatchObject({ id: "q1", label: "ご参加の方法" });
    expect(fields.questions[0]?.options).toEqual([
      { id: "q1-1", label: "会場" },
      { id: "q1-2", label: "オンライン" },
    ]);
    expect(fields.questions[1]).toMatchObject({ id: undefined, kind: "longText", options: [] });
  });

  it("sends no choices for a question switched away from choice, and two empty ones when switched back", () => {
    const scale = withKind(newQuestion("shortText"), "scale");
    expect(surveyFields({ ...draftOf(saved), questions: [scale] }).questions[0]?.options).toEqual([]);
    expect(withKind(scale, "multiple").options.map((o) => o.label)).toEqual(["", ""]);
  });

  it("keeps the choices typed when a question is switched to another kind and back", () => {
    const q = draftOf(saved).questions[0];
    if (!q) throw new Error("no question");
    const back = withKind(withKind(q, "scale"), "multiple");
    expect(back.options.map((o) => ({ id: o.id, label: o.label }))).toEqual([
      { id: "q1-1", label: "会場" },
      { id: "q1-2", label: "オンライン" },
    ]);
  });
});
