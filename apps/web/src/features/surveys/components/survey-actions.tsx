import { addDays, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { TextField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import type { SurveyDetail } from "../lib/types";
import { SurveyStatusBadge } from "./status-badge";

type Action = "publish" | "close" | "reopen";

/** How long a reopened survey runs by default when its old closing day has passed. */
const REOPEN_DAYS = 14;

/**
 * Publish, close, reopen and delete, each behind a confirmation. After a change the panel's heading takes focus
 * (the button pressed is gone) and the result is announced.
 */
interface Props {
  survey: SurveyDetail;
  slug: string;
  /** The builder holds changes not saved yet: publishing would publish the saved questions, so it waits. */
  unsaved?: boolean;
  /** The survey as the server returned it after a status change (its version moved on). */
  onChanged?: (survey: SurveyDetail) => void;
}

export function SurveyActions({ survey, slug, unsaved = false, onChanged }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const today = todayInTokyo(new Date());
  const [dialog, setDialog] = useState<Action | null>(null);
  const [message, setMessage] = useState("");
  const [reopenOn, setReopenOn] = useState(() =>
    survey.closesOn >= today ? survey.closesOn : addDays(today, REOPEN_DAYS),
  );
  const [reopenError, setReopenError] = useState<string[] | undefined>();

  // The button pressed is gone once the status changes: after the dialog has closed, focus goes to the heading.
  const [focusHeading, setFocusHeading] = useState(false);
  useEffect(() => {
    if (!focusHeading || dialog !== null) return;
    heading.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, dialog]);

  const changed = (key: "published" | "closed" | "reopened") => async (next: SurveyDetail) => {
    onChanged?.(next);
    setMessage(t(`surveys.actions.${key}`));
    setFocusHeading(true);
    setDialog(null);
    await Promise.all([
      queryClient.invalidateQueries(trpc.survey.pathFilter()),
      queryClient.invalidateQueries(trpc.timeline.pathFilter()),
      queryClient.invalidateQueries(trpc.region.pathFilter()),
    ]);
  };
  const onError = () => setDialog(null);
  const publish = useMutation(
    trpc.survey.publish.mutationOptions({ onSuccess: changed("published"), onError }),
  );
  const close = useMutation(trpc.survey.close.mutationOptions({ onSuccess: changed("closed"), onError }));
  const reopen = useMutation(trpc.survey.reopen.mutationOptions({ onSuccess: changed("reopened"), onError }));
  const remove = useMutation(trpc.survey.delete.mutationOptions());
  // Deleted: back to the list (the undo notice stays on screen).
  const leave = async () => {
    await navigate({ to: "/regions/$slug/surveys", params: { slug }, replace: true });
    queryClient.removeQueries(trpc.survey.byId.queryFilter({ id: survey.id }));
    await queryClient.invalidateQueries(trpc.survey.forRegion.pathFilter());
  };
  const mutations = [publish, close, reopen];
  const pending = mutations.some((m) => m.isPending);
  const failed = mutations.find((m) => m.isError);
  const failure = failed ? describeApiFailure(failed.error, t("form.networkError")) : null;
  const versioned = { id: survey.id, version: survey.version };

  const open = (action: Action) => {
    for (const m of mutations) m.reset();
    setMessage("");
    setReopenError(undefined);
    setDialog(action);
  };
  const confirm = (action: Action) => {
    if (action === "publish") publish.mutate(versioned);
    else if (action === "close") close.mutate(versioned);
    else if (reopenOn < today) setReopenError([t("surveys.actions.reopenPast")]);
    else reopen.mutate({ ...versioned, closesOn: reopenOn });
  };
  const reload = () => {
    for (const m of mutations) m.reset();
    void queryClient.invalidateQueries(trpc.survey.byId.queryFilter({ id: survey.id }));
  };
  const dialogProps = (action: Action) => ({
    open: dialog === action,
    pending,
    onConfirm: () => confirm(action),
    onCancel: () => setDialog((d) => (d === action ? null : d)),
  });
  const period = { from: dates.date(survey.opensOn), to: dates.date(survey.closesOn) };

  return (
    <section aria-labelledby="survey-actions-heading" className="card survey-actions">
      <h2 id="survey-actions-heading" ref={heading} tabIndex={-1}>
        {t("surveys.actions.heading")}
      </h2>
      <p className="survey-actions-state">
        <SurveyStatusBadge status={survey.status} />{" "}
        {survey.status === "draft"
          ? t("surveys.actions.draftNote")
          : survey.status === "closed"
            ? t("surveys.actions.closedNote")
            : survey.opensOn > today
              ? t("surveys.actions.notYetOpenNote", { date: dates.date(survey.opensOn) })
              : t("surveys.actions.publishedNote", { date: dates.date(survey.closesOn) })}
      </p>
      {unsaved && survey.status === "draft" && (
        <p id="survey-actions-unsaved" className="notice notice--info">
          {t("surveys.actions.unsaved")}
        </p>
      )}
      <FormFailure failure={failure} onReload={reload} />
      <div className="actions">
        {survey.status === "draft" && (
          <button
            type="button"
            className="button"
            disabled={unsaved}
            aria-describedby={unsaved ? "survey-actions-unsaved" : undefined}
            onClick={() => open("publish")}
          >
            {t("surveys.actions.publish")}
          </button>
        )}
        {survey.status === "published" && (
          <button type="button" className="button button--secondary" onClick={() => open("close")}>
            {t("surveys.actions.close")}
          </button>
        )}
        {survey.status === "closed" && (
          <button type="button" className="button button--secondary" onClick={() => open("reopen")}>
            {t("surveys.actions.reopen")}
          </button>
        )}
        {survey.responseCount === 0 && (
          <DeleteWithUndo
            label={t("surveys.actions.delete")}
            confirmTitle={t("surveys.actions.deleteTitle")}
            confirmBody={t("surveys.actions.deleteBody", { title: survey.title })}
            what={survey.title}
            onDelete={() => {
              for (const m of mutations) m.reset();
              return remove.mutateAsync(versioned);
            }}
            onDeleted={() => void leave()}
          />
        )}
      </div>
      {survey.responseCount > 0 && <p className="muted small">{t("surveys.actions.deleteBlocked")}</p>}
      <div role="status" className={message ? "notice notice--success" : undefined}>
        {message}
      </div>

      <ConfirmDialog
        {...dialogProps("publish")}
        title={t("surveys.actions.publishTitle")}
        confirmLabel={t("surveys.actions.publish")}
      >
        <p>{t("surveys.actions.publishBody", period)}</p>
      </ConfirmDialog>
      <ConfirmDialog
        {...dialogProps("close")}
        title={t("surveys.actions.closeTitle")}
        confirmLabel={t("surveys.actions.close")}
      >
        <p>{t("surveys.actions.closeBody", { count: survey.responseCount })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        {...dialogProps("reopen")}
        title={t("surveys.actions.reopenTitle")}
        confirmLabel={t("surveys.actions.reopen")}
      >
        <p>{t("surveys.actions.reopenBody")}</p>
        <TextField
          id="survey-reopen-closesOn"
          type="date"
          label={t("surveys.actions.reopenClosesOn")}
          required
          value={reopenOn}
          onChange={setReopenOn}
          errors={reopenError}
        />
      </ConfirmDialog>
    </section>
  );
}
