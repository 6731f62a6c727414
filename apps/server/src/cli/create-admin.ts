import { parseArgs } from "node:util";
import { createContextInner, inviteUser } from "@kyoso/api";
import { prepareDatabase } from "@kyoso/db";
import { userInviteSchema } from "@kyoso/domain";
import { loadConfig } from "../config";
import { connectConfigured } from "../database";
import { runCli } from "./run-cli";

// `pnpm user:create-admin --email you@example.jp --name "山田 花子"` creates a national-team account and
// prints a one-time link (valid 7 days) with which its owner sets a password. There is no mail server.
await runCli(async () => {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, "base-url": { type: "string" } },
  });
  if (!values.email || !values.name) {
    throw new Error(
      'usage: pnpm user:create-admin --email you@example.jp --name "山田 花子" [--base-url https://kyoso.example]',
    );
  }
  const config = loadConfig();
  const handle = await connectConfigured(config);
  try {
    await prepareDatabase(handle.db);
    const ctx = createContextInner({ db: handle.db, engine: handle.engine });
    const input = userInviteSchema.parse({ email: values.email, displayName: values.name, role: "national" });
    const invitation = await inviteUser(ctx, null, input);
    const base = values["base-url"] ?? `http://localhost:${config.port}`;
    console.log(
      `全体の実行チームのアカウントを作成しました (national-team account created): ${invitation.user.email}`,
    );
    console.log(
      `パスワード設定用のリンク（7日間有効・1回限り） / one-time link to set the password (7 days):`,
    );
    console.log(`${base}${invitation.invitationPath}`);
  } finally {
    await handle.close();
  }
});
