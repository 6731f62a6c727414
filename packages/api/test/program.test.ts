import { describe, expect, it } from "vitest";
import { trpcError, useTestApi } from "./helpers";

const api = useTestApi();

async function edition(slug: string) {
  const found = (await api.caller.region.bySlug({ slug })).currentEdition;
  if (!found) throw new Error(`demo edition of ${slug}`);
  return found;
}

describe("the program of a forum edition", () => {
  it("lists SAITAMA2026's keynotes with their speakers, in order", async () => {
    const { sessions } = await api.caller.program.forEdition({ editionId: (await edition("saitama")).id });
    expect(sessions.map((s) => [s.kind, s.title, s.speakers.map((sp) => sp.name)])).toEqual([
      ["keynote", "難病者の就労を実現する3つのプレイヤー", ["朝日雅也"]],
      ["keynote", "難病患者の就労支援についての現状と課題", ["大竹祐貴"]],
    ]);
    expect(sessions[0]?.speakers[0]).toMatchObject({ affiliation: "埼玉県立大学", title: "名誉教授" });
  });

  it("creates a session with times and speakers at the end, edits it, and audits both", async () => {
    const fukuoka = await edition("fukuoka");
    const created = await api.caller.program.createSession({
      editionId: fukuoka.id,
      kind: "panel",
      title: "地域の支援機関によるパネルディスカッション",
      startsAt: "14:40",
      endsAt: "16:00",
      speakers: [
        { name: "登壇者A", affiliation: "福岡県難病相談支援センター" },
        { name: "登壇者B", affiliation: "ハローワーク", title: "専門援助部門" },
      ],
    });
    expect(created).toMatchObject({ position: 1, startsAt: "14:40", endsAt: "16:00", version: 1 });
    expect(created.speakers.map((s) => [s.position, s.name, s.title])).toEqual([
      [1, "登壇者A", null],
      [2, "登壇者B", "専門援助部門"],
    ]);

    const updated = await api.caller.program.updateSession({
      id: created.id,
      version: created.version,
      kind: "panel",
      title: "パネルディスカッション",
      subtitle: "地域で働き続けるために",
      startsAt: "14:30",
      endsAt: "16:00",
    });
    expect(updated).toMatchObject({
      title: "パネルディスカッション",
      subtitle: "地域で働き続けるために",
      version: 2,
    });
    const stale = await trpcError(
      api.caller.program.updateSession({ id: created.id, version: 1, kind: "panel", title: "古い版" }),
    );
    expect(stale.code).toBe("CONFLICT");
    const audit = await api.caller.audit.list({ recordType: "forum_session" });
    expect(audit.rows.filter((r) => r.recordId === created.id).map((r) => r.action)).toEqual([
      "update",
      "create",
    ]);
  });

  it("refuses an end time before the start with a Japanese message", async () => {
    const error = await trpcError(
      api.caller.program.createSession({
        editionId: (await edition("fukuoka")).id,
        kind: "report",
        title: "活動報告",
        startsAt: "15:00",
        endsAt: "14:00",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(error.cause)).toContain("終了時刻は開始時刻より後にしてください。");
  });

  it("reorders sessions and speakers, refusing a list that does not match the program", async () => {
    const saitama = await edition("saitama");
    const { sessions } = await api.caller.program.forEdition({ editionId: saitama.id });
    const [first, second] = sessions;
    if (!first || !second) throw new Error("two keynotes");
    const exchange = await api.caller.program.createSession({
      editionId: saitama.id,
      kind: "exchange",
      title: "交流会",
    });
    const reordered = await api.caller.program.reorderSessions({
      editionId: saitama.id,
      sessionIds: [second.id, exchange.id, first.id],
    });
    expect(reordered.sessions.map((s) => [s.position, s.title])).toEqual([
      [1, second.title],
      [2, "交流会"],
      [3, first.title],
    ]);
    const mismatch = await trpcError(
      api.caller.program.reorderSessions({ editionId: saitama.id, sessionIds: [first.id, second.id] }),
    );
    expect(mismatch.code).toBe("CONFLICT");

    const withTwo = await api.caller.program.addSpeaker({
      sessionId: first.id,
      name: "司会",
      title: "コーディネーター",
    });
    const [asahi, host] = withTwo.speakers;
    if (!asahi || !host) throw new Error("two speakers");
    const swapped = await api.caller.program.reorderSpeakers({
      sessionId: first.id,
      speakerIds: [host.id, asahi.id],
    });
    expect(swapped.speakers.map((s) => s.name)).toEqual(["司会", "朝日雅也"]);
  });

  it("edits and removes a speaker, and deletes a session with its speakers", async () => {
    const saitama = await edition("saitama");
    const [first] = (await api.caller.program.forEdition({ editionId: saitama.id })).sessions;
    const speaker = first?.speakers[0];
    if (!first || !speaker) throw new Error("keynote speaker");
    const edited = await api.caller.program.updateSpeaker({
      id: speaker.id,
      version: speaker.version,
      name: "朝日雅也",
      affiliation: "埼玉県立大学",
      title: "名誉教授（社会福祉学）",
    });
    expect(edited.speakers[0]?.title).toBe("名誉教授（社会福祉学）");
    const editedSpeaker = edited.speakers[0];
    if (!editedSpeaker) throw new Error("edited speaker");
    // The version the editor saw: a second save from the same screen is refused.
    expect(
      (
        await trpcError(
          api.caller.program.updateSpeaker({ id: speaker.id, version: speaker.version, name: "古い画面" }),
        )
      ).code,
    ).toBe("CONFLICT");
    await api.caller.program.deleteSpeaker({ id: speaker.id, version: editedSpeaker.version });
    expect((await api.caller.program.forEdition({ editionId: saitama.id })).sessions[0]?.speakers).toEqual(
      [],
    );
    const current = await api.caller.program.forEdition({ editionId: saitama.id });
    const version = current.sessions[0]?.version ?? 0;
    expect(
      (await trpcError(api.caller.program.deleteSession({ id: first.id, version: version + 1 }))).code,
    ).toBe("CONFLICT");
    await api.caller.program.deleteSession({ id: first.id, version });
    expect((await api.caller.program.forEdition({ editionId: saitama.id })).sessions).toHaveLength(1);
    expect(
      (
        await trpcError(
          api.caller.program.updateSpeaker({ id: speaker.id, version: editedSpeaker.version, name: "x" }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});
