import { parseArgs } from "node:util";
import { createContextInner, inviteUser } from "@kyoso/api";
import { prepareDatabase } from "@kyoso/db";
import { userInviteSchema } from "@kyoso/domain";
import { loadConfig } from "../config";
import { connectConfigured } from "../database";
import { CliError, runCli } from "./run-cli";
import { callRunningServer, findRunningServer } from "./running-server";

// `pnpm user:create-admin --email you@example.jp --name "山田 花子"` creates a national-team account and
// prints a one-time link (valid 7 days) with which its owner sets a password. There is no mail server.
// While `pnpm start` runs on the embedded database, the running server creates the account: a second process
// on its folder would write to a copy the server overwrites.
await runCli(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  if (!values.email || !values.name) {
    throw new CliError('usage: pnpm user:create-admin --email you@example.jp --name "山田 花子"');
  }
  const config = loadConfig();
  const input = userInviteSchema.parse({ email: values.email, displayName: values.name, role: "national" });
  const running = await findRunningServer(config);
  let created: { email: string; invitationUrl: string };
  if (running) {
    const response = await callRunningServer(running, "/_local/create-admin", {
      email: input.email,
      name: input.displayName,
    });
    created = (await response.json()) as typeof created;
  } else {
    const handle = await connectConfigured(config);
    try {
      await prepareDatabase(handle.db);
      const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
      const ctx = createContextInner({ db: handle.db, engine: handle.engine, publicUrl });
      const invitation = await inviteUser(ctx, input);
      created = { email: invitation.user.email, invitationUrl: invitation.invitationUrl };
    } finally {
      await handle.close();
    }
  }
  console.log(`全体の実行チームのアカウントを作成しました (national-team account created): ${created.email}`);
  console.log("パスワード設定用のリンク（7日間有効・1回限り） / one-time link to set the password (7 days):");
  console.log(created.invitationUrl);
});
