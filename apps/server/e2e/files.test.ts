import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectNoAxeViolations,
  newContext,
  phoneContext,
  shotInto,
  signIn,
  useBrowserSuite,
} from "./browser";

// Attachments on a meeting's page, as a committee member uses them on a desktop and on a phone: a PDF uploaded
// with the file input, listed with its type, size, uploader and date, downloaded through its link, deleted
// after a confirmation. Axe finds nothing on the page with its list and form.

const SHOTS = "/tmp/shots-files";
const suite = useBrowserSuite(SHOTS);

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n%\xe2\xe3\xcf\xd3\n${text}\n%%EOF\n`, "latin1");

/** The address of 埼玉県's newest meeting, read through the API as the page itself would. */
async function meetingAddress(page: Page): Promise<string> {
  const input = encodeURIComponent(JSON.stringify({ slug: "saitama", page: 1, pageSize: 1 }));
  const id = await page.evaluate(async (query) => {
    const res = await fetch(`/trpc/meeting.forRegion?input=${query}`);
    const body = (await res.json()) as { result: { data: { rows: { id: string }[] } } };
    return body.result.data.rows[0]?.id ?? "";
  }, input);
  return `/regions/saitama/meetings/${id}`;
}

const cases: [string, (browser: Parameters<typeof newContext>[0]) => Promise<BrowserContext>][] = [
  ["desktop", newContext],
  ["phone", phoneContext],
];

describe("a meeting's attachments", () => {
  for (const [label, makeContext] of cases) {
    it(`uploads a PDF, lists it, downloads it and deletes it after a confirmation (${label})`, async () => {
      const context = await makeContext(suite.browser);
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        await signIn(page, `${suite.url}/`, "saitama@kyoso.example");
        await page.goto(`${suite.url}${await meetingAddress(page)}`);
        const section = page.getByRole("region", { name: "添付ファイル" });
        await section
          .getByText("添付ファイルはまだありません。")
          .or(section.getByRole("listitem").first())
          .waitFor();

        const name = `配布資料-${label}.pdf`;
        const bytes = pdf(`handout for ${label}`);
        await section
          .getByLabel("添付するファイル")
          .setInputFiles({ name, mimeType: "application/pdf", buffer: bytes });
        await section.getByRole("button", { name: "アップロード" }).click();
        const link = section.getByRole("link", { name: `${name} をダウンロード` });
        await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
        const item = section.getByRole("listitem").filter({ hasText: name });
        await expect.poll(() => item.textContent(), { timeout: 10_000 }).toContain("PDF");
        expect(await item.textContent()).toContain("埼玉");
        await expect
          .poll(
            () =>
              page
                .getByRole("status")
                .filter({ hasText: `「${name}」を添付しました。` })
                .count(),
            {
              timeout: 10_000,
            },
          )
          .toBe(1);

        await expectNoAxeViolations(page);
        await shotInto(SHOTS, page, `files-meeting-${label}`);

        const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
        expect(download.suggestedFilename()).toBe(name);
        const saved = await download.path();
        expect((await readFile(saved)).equals(bytes)).toBe(true);

        await item.getByRole("button", { name: `「${name}」を削除` }).click();
        const dialog = page.getByRole("dialog", { name: `「${name}」を削除しますか？` });
        await dialog.waitFor();
        await expectNoAxeViolations(page);
        await dialog.getByRole("button", { name: "削除" }).click();
        await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(0);
      } finally {
        await context.close();
      }
    });
  }

  it("refuses a file of another type with a Japanese message and lists nothing", async () => {
    const context = await newContext(suite.browser);
    try {
      const page = await context.newPage();
      await signIn(page, `${suite.url}/`, "saitama@kyoso.example");
      await page.goto(`${suite.url}${await meetingAddress(page)}`);
      const section = page.getByRole("region", { name: "添付ファイル" });
      await section.getByLabel("添付するファイル").setInputFiles({
        name: "page.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("<html></html>"),
      });
      await section.getByRole("button", { name: "アップロード" }).click();
      await expect
        .poll(() => section.getByRole("alert").textContent(), { timeout: 10_000 })
        .toContain("この形式のファイルは添付できません");
      await expectNoAxeViolations(page);
      await shotInto(SHOTS, page, "files-meeting-refused");
    } finally {
      await context.close();
    }
  });

  it("offers a forum edition's file as the public flyer after a confirmation, linked from the public page (375 px)", async () => {
    const context = await phoneContext(suite.browser);
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await signIn(page, `${suite.url}/regions/saitama/forum`, "saitama@kyoso.example");
      await page.goto(`${suite.url}/regions/saitama/forum`);
      const section = page.getByRole("region", { name: "添付ファイル" });
      const name = "SAITAMA2026チラシ.pdf";
      const bytes = pdf("flyer");
      await section
        .getByLabel("添付するファイル")
        .setInputFiles({ name, mimeType: "application/pdf", buffer: bytes });
      await section.getByRole("button", { name: "アップロード" }).click();
      const publish = section.getByRole("button", { name: `「${name}」をチラシとして公開する` });
      await expect.poll(() => publish.count(), { timeout: 10_000 }).toBe(1);
      await publish.click();
      const dialog = page.getByRole("dialog", { name: `「${name}」をチラシとして公開しますか？` });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain("公開フォーラムページ");
      await expectNoAxeViolations(page);
      await dialog.getByRole("button", { name: "チラシとして公開する" }).click();
      await expect
        .poll(() => section.getByRole("listitem").filter({ hasText: name }).textContent(), {
          timeout: 10_000,
        })
        .toContain("公開中のチラシ");
      await expectNoAxeViolations(page);
      await shotInto(SHOTS, page, "files-edition-phone");

      const publicPage = await context.newPage();
      await publicPage.goto(`${suite.url}/forums/saitama/2026`);
      const link = publicPage.getByRole("link", { name: "チラシをダウンロード" });
      await link.waitFor();
      await expectNoAxeViolations(publicPage);
      await shotInto(SHOTS, publicPage, "files-public-flyer-phone");
      const [download] = await Promise.all([publicPage.waitForEvent("download"), link.click()]);
      expect((await readFile(await download.path())).equals(bytes)).toBe(true);
    } finally {
      await context.close();
    }
  });
});
