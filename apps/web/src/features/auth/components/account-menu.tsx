import type { UserProfile } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../../lib/trpc";

const SignOutOutboxDialog = lazy(() => import("./sign-out-outbox-dialog"));

/** How many writes wait in this device's outbox (none when it cannot be read). */
async function waitingInOutbox(): Promise<number> {
  try {
    const outbox = await import("../../../lib/outbox/store");
    return (await outbox.outboxItems()).length;
  } catch {
    return 0;
  }
}

const NAME_MARK = "\u0000";

export function AccountMenu({ user }: { user: UserProfile }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      // Nothing fetched for this user may stay on screen for the next one, nor waiting on this device (the
      // outbox may hold health information typed offline).
      onSuccess: async () => {
        await import("../../../lib/outbox/store").then((outbox) => outbox.clearOutbox());
        await queryClient.resetQueries();
      },
    }),
  );
  const [waiting, setWaiting] = useState<number | null>(null);
  const requestSignOut = async () => {
    const count = await waitingInOutbox();
    if (count > 0) setWaiting(count);
    else signOut.mutate();
  };
  // The name is what the person typed, marked as such inside the translated sentence around it.
  const signedInAs = t("auth.signedInAs", { name: NAME_MARK }).split(NAME_MARK);
  return (
    <div className="account">
      <span className="account-name">
        {signedInAs[0]}
        <span data-user-text="">{user.displayName}</span>
        {signedInAs[1]}
        <span className="account-role">{t("auth.roleLabel", { role: t(`roles.${user.role}`) })}</span>
      </span>
      <Link to="/account" className="account-link" activeOptions={{ exact: true }}>
        {t("account.nav")}
      </Link>
      <Link to="/account/calendar" className="account-link">
        {t("calendarLinks.nav")}
      </Link>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => void requestSignOut()}
      >
        {t("auth.signOut")}
      </button>
      {waiting !== null && (
        <Suspense fallback={null}>
          <SignOutOutboxDialog
            count={waiting}
            pending={signOut.isPending}
            onConfirm={() => signOut.mutate()}
            onCancel={() => setWaiting(null)}
          />
        </Suspense>
      )}
    </div>
  );
}
