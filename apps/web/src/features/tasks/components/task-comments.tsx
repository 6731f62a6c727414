import { taskCommentSchema, taskCommentUpdateSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { TextAreaField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";

type Comment = RouterOutputs["task"]["byId"]["comments"][number];

/** The task's comments, oldest first, and (for those who may write) a box to add one. */
export function TaskComments({
  taskId,
  comments,
  canWrite,
}: {
  taskId: string;
  comments: Comment[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string[] | undefined>();
  const add = useMutation(
    trpc.task.comment.mutationOptions({
      onSuccess: async () => {
        setBody("");
        await queryClient.invalidateQueries(trpc.task.byId.queryFilter({ id: taskId }));
      },
    }),
  );

  return (
    <section aria-labelledby="comments-heading" className="section">
      <h2 id="comments-heading">{t("tasks.detail.commentsHeading")}</h2>
      {comments.length === 0 ? (
        <p className="empty">{t("tasks.detail.noComments")}</p>
      ) : (
        <ol className="comment-list">
          {comments.map((c) => (
            <CommentItem key={`${c.id}-${c.version}`} taskId={taskId} comment={c} />
          ))}
        </ol>
      )}
      {canWrite && (
        <form
          noValidate
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = taskCommentSchema.safeParse({ taskId, body });
            if (!parsed.success) {
              setError(parsed.error.issues.map((i) => i.message));
              return;
            }
            setError(undefined);
            add.mutate(parsed.data);
          }}
        >
          <TextAreaField
            id="task-comment"
            label={t("tasks.detail.comment")}
            value={body}
            rows={3}
            errors={error}
            onChange={setBody}
          />
          <FormFailure failure={add.isError ? describeApiFailure(add.error, t("form.networkError")) : null} />
          <div role="status">{add.isSuccess && <p>{t("tasks.detail.commentAdded")}</p>}</div>
          <button type="submit" className="button" disabled={add.isPending}>
            {t("tasks.detail.addComment")}
          </button>
        </form>
      )}
    </section>
  );
}

/** One comment; its author (and the national team) may edit it in place or delete it with an undo. */
function CommentItem({ taskId, comment: c }: { taskId: string; comment: Comment }) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(c.body);
  const [error, setError] = useState<string[] | undefined>();
  const refresh = () => queryClient.invalidateQueries(trpc.task.byId.queryFilter({ id: taskId }));
  const update = useMutation(
    trpc.task.updateComment.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        await refresh();
      },
    }),
  );
  const remove = useMutation(trpc.task.deleteComment.mutationOptions());
  const mine = me !== null && me !== undefined && (me.role === "national" || me.id === c.authorId);
  const fieldId = `comment-edit-${c.id}`;
  const name = c.authorName ?? t("common.none");

  return (
    <li className="card">
      <p className="muted small">
        {t("tasks.detail.commentBy", { name, date: dates.dateTime(String(c.createdAt)) })}
        {c.editedAt && ` ${t("tasks.detail.edited")}`}
      </p>
      {editing ? (
        <form
          noValidate
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = taskCommentUpdateSchema.safeParse({ taskId, id: c.id, version: c.version, body });
            if (!parsed.success) {
              setError(parsed.error.issues.map((i) => i.message));
              return;
            }
            setError(undefined);
            if (!update.isPending) update.mutate(parsed.data);
          }}
        >
          <TextAreaField
            id={fieldId}
            label={t("tasks.detail.editCommentLabel")}
            value={body}
            rows={3}
            errors={error}
            onChange={setBody}
          />
          <FormFailure
            failure={update.isError ? describeApiFailure(update.error, t("form.networkError")) : null}
            onReload={() => {
              update.reset();
              setEditing(false);
              void refresh();
            }}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="button button--small"
              aria-disabled={update.isPending || undefined}
            >
              {update.isPending ? t("form.saving") : t("tasks.detail.saveComment")}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setEditing(false);
                setBody(c.body);
                update.reset();
              }}
            >
              {t("tasks.detail.cancelEdit")}
            </button>
          </div>
        </form>
      ) : (
        <p className="comment-body">{c.body}</p>
      )}
      {mine && !editing && (
        <div className="comment-actions">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`${t("tasks.detail.editCommentLabel")}（${name}）`}
            onClick={() => setEditing(true)}
          >
            {t("tasks.detail.editComment")}
          </button>
          <DeleteWithUndo
            label={t("tasks.detail.deleteComment")}
            confirmTitle={t("tasks.detail.deleteCommentTitle")}
            what={t("tasks.detail.commentWhat", { name })}
            onDelete={() => remove.mutateAsync({ taskId, id: c.id, version: c.version })}
            onDeleted={() => void refresh()}
          />
        </div>
      )}
    </li>
  );
}
