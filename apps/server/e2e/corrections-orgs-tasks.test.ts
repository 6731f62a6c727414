import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectNoAxeViolations,
  h1,
  phoneContext,
  shotInto,
  signedInPage,
  signIn,
  useBrowserSuite,
} from "./browser";

// Correcting organizations, co-host talks and tasks (issue 13 §2) and picking up tasks (issue 14 §1): the 首都圏
// committee edits an organization and corrects a wrongly recorded transition; a pro bono volunteer on a phone
// picks up an open task, which is still theirs after a reload; a task is deleted and the undo brings it back;
// overdue tasks say so in the table and on the board. Every screen passes axe at 375 px and on a desktop.
const KANAGAWA = "神奈川県難病相談・支援センター";
const KANAGAWA_CORRECTED = "神奈川県難病相談・支援センター（訂正）";
const TOKYO = "東京都難病相談・支援センター";
const OPEN_TASK = "案内文の英語版を作る";
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots/rec-b";

const suite = useBrowserSuite(SHOTS);
const shot = (page: Page, name: string) => shotInto(SHOTS, page, name);

async function phone(email: string): Promise<Page> {
  const page = await (await phoneContext(suite.browser)).newPage();
  await signIn(page, suite.url, email);
  return page;
}

const desktop = (email: string) => signedInPage(suite.browser, suite.url, email);

describe("organizations", () => {
  it("lets the 首都圏 committee edit an organization with the create form, shows its change history, and passes axe", async () => {
    const { context, page } = await desktop("shutoken@kyoso.example");
    await page.goto(`${suite.url}/regions/shutoken/organizations`);
    await page.getByRole("link", { name: `${KANAGAWA}を編集` }).click();
    await h1(page, "団体を編集");
    const name = page.getByRole("textbox", { name: /団体名/ });
    await name.fill(KANAGAWA_CORRECTED);
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByRole("status").filter({ hasText: "保存しました。" }).waitFor();
    // A contact row without a name: the schema's message beside the field, and focus moves there.
    await page.getByRole("button", { name: "担当者を追加" }).click();
    await page.getByRole("button", { name: "保存する" }).click();
    const contactName = page.getByRole("textbox", { name: /担当者 1 の氏名/ });
    await page.getByText("担当者の氏名を入力してください。").waitFor();
    expect(await contactName.getAttribute("aria-invalid")).toBe("true");
    expect(await contactName.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await contactName.fill("山田 花子");
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByRole("status").filter({ hasText: "保存しました。" }).waitFor();
    await page.getByRole("heading", { name: "変更履歴" }).waitFor();
    await page.getByText("山田 花子").last().waitFor();
    await page.getByText(KANAGAWA_CORRECTED, { exact: false }).first().waitFor();
    await page.getByRole("button", { name: "この団体を削除" }).waitFor();
    await shot(page, "organization-edit-desktop");
    await expectNoAxeViolations(page);
    await page.goto(`${suite.url}/regions/shutoken/organizations`);
    await page.getByRole("link", { name: `${KANAGAWA_CORRECTED}を編集` }).waitFor();
    // The same form registers one.
    await page.goto(`${suite.url}/regions/shutoken/organizations/new`);
    await h1(page, "団体を登録");
    await page.getByRole("textbox", { name: /団体名/ }).fill("千葉就労支援ネット");
    await page.getByRole("combobox", { name: /種別/ }).selectOption({ label: "NPO" });
    await page.getByRole("combobox", { name: /都道府県/ }).selectOption({ label: "千葉県" });
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByRole("status").filter({ hasText: "団体を登録しました。" }).waitFor();
    await context.close();
  });

  it("refuses to delete an organization that co-host talks refer to, saying which", async () => {
    const page = await phone("shutoken@kyoso.example");
    await page.goto(`${suite.url}/regions/shutoken/organizations`);
    await page.getByRole("link", { name: `${TOKYO}を編集` }).click();
    await h1(page, "団体を編集");
    await page.getByRole("button", { name: "この団体を削除" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "削除する" }).click();
    await dialog.getByRole("alert").filter({ hasText: "共催・後援・協力の記録 1件" }).waitFor();
    expect(await dialog.getByRole("alert").textContent()).toContain("削除できません");
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe("co-host talks", () => {
  it("corrects a wrongly recorded transition: both stay in the history, the corrected one marked, on a desktop and a phone", async () => {
    const { context, page } = await desktop("shutoken@kyoso.example");
    await page.goto(`${suite.url}/regions/shutoken/cohosts`);
    await page
      .getByRole("link", { name: new RegExp(TOKYO) })
      .first()
      .click();
    await h1(page, TOKYO);
    const history = page.getByRole("table", { name: "協議の経緯" });
    await history.getByRole("button", { name: /「打診 → 協議中」を訂正/ }).click();
    const form = page.getByRole("form", { name: /「打診 → 協議中」を訂正/ });
    await form.getByRole("combobox", { name: /新しい状況/ }).selectOption({ label: "合意" });
    await form.getByRole("textbox", { name: "メモ" }).fill("協議中ではなく合意でした");
    await form.getByRole("button", { name: "訂正を記録する" }).click();
    await history.getByText("訂正済み").waitFor();
    await history.getByRole("cell", { name: /^打診 → 合意/ }).waitFor();
    expect(await history.getByRole("row").count()).toBe(4);
    expect(await page.locator(".facts").textContent()).toContain("合意");
    await shot(page, "agreement-corrected-desktop");
    await expectNoAxeViolations(page);
    await context.close();

    const mobile = await phone("shutoken@kyoso.example");
    await mobile.goto(page.url());
    await h1(mobile, TOKYO);
    await mobile.getByText("訂正済み").waitFor();
    await shot(mobile, "agreement-corrected-375");
    await expectNoAxeViolations(mobile);
    await mobile.context().close();
  });
});

describe("tasks", () => {
  it("lets pro bono staff on a phone pick up an open task in one action that survives a reload", async () => {
    const page = await phone("probono@kyoso.example");
    await page.goto(`${suite.url}/tasks`);
    await page.getByRole("link", { name: OPEN_TASK }).first().click();
    await h1(page, OPEN_TASK);
    await page.getByRole("button", { name: "自分に割り当て" }).click();
    await page.getByRole("status").filter({ hasText: "このタスクをあなたに割り当てました。" }).waitFor();
    await page.reload();
    await h1(page, OPEN_TASK);
    const facts = page.locator(".facts");
    await facts.getByText("プロボノ スタッフ").waitFor();
    expect(await page.getByRole("button", { name: "自分に割り当て" }).count()).toBe(0);
    await shot(page, "task-picked-up-375");
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("marks overdue tasks 期限切れ in the table and on the board", async () => {
    const { context, page } = await desktop("national@kyoso.example");
    await page.goto(`${suite.url}/tasks`);
    const table = page.getByRole("table", { name: "タスク一覧" });
    const overdueRow = table.getByRole("row").filter({ hasText: "難病相談支援センターと相談" });
    await overdueRow.getByText("期限切れ").waitFor();
    const onTime = table.getByRole("row").filter({ hasText: OPEN_TASK });
    expect(await onTime.getByText("期限切れ").count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.goto(`${suite.url}/tasks/board`);
    const card = page.getByRole("article", { name: /難病相談支援センターと相談/ });
    await card.getByText("期限切れ").waitFor();
    await shot(page, "task-board-overdue-desktop");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("deletes a task with confirmation and brings it back with the undo, on a phone", async () => {
    const page = await phone("shutoken@kyoso.example");
    await page.goto(`${suite.url}/tasks`);
    await page.getByRole("link", { name: "チラシのデザイン案" }).first().click();
    await h1(page, "チラシのデザイン案");
    await page.getByRole("button", { name: "このタスクを削除" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "削除する" }).click();
    await h1(page, "タスク");
    await page.getByRole("status").filter({ hasText: "「チラシのデザイン案」を削除しました。" }).waitFor();
    expect(await page.getByRole("link", { name: "チラシのデザイン案" }).count()).toBe(0);
    await shot(page, "task-deleted-undo-375");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "元に戻す" }).click();
    await page.getByRole("status").filter({ hasText: "「チラシのデザイン案」を元に戻しました。" }).waitFor();
    await page.getByRole("link", { name: "チラシのデザイン案" }).first().waitFor();
    await page.context().close();
  });
});
