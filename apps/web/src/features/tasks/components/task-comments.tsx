import { taskCommentSchema } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";

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
  const dates = useDates();
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
            <li key={c.id} className="card">
              <p className="muted small">
                {t("tasks.detail.commentBy", {
                  name: c.authorName,
                  date: dates.dateTime(String(c.createdAt)),
                })}
              </p>
              <p className="comment-body">{c.body}</p>
            </li>
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
