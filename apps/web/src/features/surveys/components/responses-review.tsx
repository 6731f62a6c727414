import type { OrganizationType, SurveyQuestion } from "@kyoso/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { Pager } from "../../../components/pager";
import { ListState } from "../../../components/query-state";
import { useDates } from "../../../i18n/use-dates";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";

const PAGE_SIZE = 10;

type Response = RouterOutputs["survey"]["responses"]["rows"][number];

/** An answer as the organizer reads it: an option's label, several joined, a scale point, or the text. */
function answerText(question: SurveyQuestion, value: unknown): string | null {
  if (value === undefined || value === null || value === "") return null;
  const label = (id: unknown) => question.options.find((o) => o.id === id)?.label ?? String(id);
  if (question.kind === "single") return label(value);
  if (question.kind === "multiple" && Array.isArray(value)) return value.map(label).join(" / ");
  return String(value);
}

interface Props {
  surveyId: string;
  questions: readonly SurveyQuestion[];
  canWrite: boolean;
}

/**
 * A survey's answers one at a time, newest first, to find a spam or test answer and delete it. They may mention a
 * disease (要配慮個人情報): this sits on the results page, which only people who may read the region reach, and
 * the API serves the answers to them alone.
 */
export function ResponsesReview({ surveyId, questions, canWrite }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(1);
  const [message, setMessage] = useState("");
  const list = useQuery({
    ...trpc.survey.responses.queryOptions({ surveyId, page, pageSize: PAGE_SIZE }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const remove = useMutation(trpc.survey.deleteResponse.mutationOptions());
  // The answer left the results, the free text and the count: every view of this survey is read again.
  const refresh = async (number: number) => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.survey.responses.queryFilter()),
      queryClient.invalidateQueries(trpc.survey.results.queryFilter()),
      queryClient.invalidateQueries(trpc.survey.textAnswers.queryFilter()),
      queryClient.invalidateQueries(trpc.survey.byId.queryFilter({ id: surveyId })),
      queryClient.invalidateQueries(trpc.survey.forRegion.queryFilter()),
    ]);
    const left = queryClient.getQueryData(
      trpc.survey.responses.queryKey({ surveyId, page, pageSize: PAGE_SIZE }),
    );
    setMessage(t("surveys.responses.removed", { number, count: left?.total ?? 0 }));
  };
  const typeOf = (r: Response) =>
    r.respondentOrganizationType
      ? t(`organizationType.${r.respondentOrganizationType as OrganizationType}`)
      : t("surveys.results.unspecified");

  return (
    <section aria-labelledby="responses-heading" className="section responses-review">
      <h2 id="responses-heading">{t("surveys.responses.heading")}</h2>
      <p className="muted small">{t("surveys.responses.intro")}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls="responses-list"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t("surveys.responses.hide") : t("surveys.responses.show")}
      </button>
      <p role="status" className="status-line">
        {message}
      </p>
      <div id="responses-list" hidden={!open}>
        {open && (
          <ListState query={list} isEmpty={(data) => data.total === 0} empty={t("surveys.responses.none")}>
            {(data) => (
              <>
                <ol className="entries responses" aria-label={t("surveys.responses.label")}>
                  {data.rows.map((r) => (
                    <li key={r.id} className="entry card response-card">
                      <p className="entry-meta">
                        <span className="tag">
                          {t("surveys.results.responseNumber", { number: r.number })}
                        </span>
                        <span>{dates.dateTime(r.submittedAt)}</span>
                        <span>{t("surveys.results.respondentType", { type: typeOf(r) })}</span>
                      </p>
                      <dl className="response-answers">
                        {questions.map((q, i) => (
                          <div key={q.id}>
                            <dt>{t("surveys.results.questionHeading", { n: i + 1, label: q.label })}</dt>
                            <dd className="pre-line">
                              {answerText(q, r.answers[q.id]) ?? (
                                <span className="muted">{t("surveys.responses.noAnswer")}</span>
                              )}
                            </dd>
                          </div>
                        ))}
                      </dl>
                      {canWrite && (
                        <DeleteWithUndo
                          label={t("surveys.responses.removeWhich", { number: r.number })}
                          confirmTitle={t("surveys.responses.removeTitle")}
                          confirmBody={t("surveys.responses.removeBody", {
                            number: r.number,
                            at: dates.dateTime(r.submittedAt),
                          })}
                          what={t("surveys.results.responseNumber", { number: r.number })}
                          onDelete={() => {
                            setMessage("");
                            return remove.mutateAsync({ surveyId, id: r.id });
                          }}
                          onDeleted={() => void refresh(r.number)}
                          onRestored={() => setMessage("")}
                        />
                      )}
                    </li>
                  ))}
                </ol>
                <Pager page={page} total={data.total} pageSize={PAGE_SIZE} onPageChange={setPage} />
              </>
            )}
          </ListState>
        )}
      </div>
    </section>
  );
}
