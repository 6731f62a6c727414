import type { OrganizationType, RespondentFilter } from "@kyoso/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Pager } from "../../../components/pager";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { useDates } from "../../../i18n/use-dates";
import { useTRPC } from "../../../lib/trpc";

const PAGE_SIZE = 10;

interface Props {
  surveyId: string;
  questionId: string;
  filter: RespondentFilter;
  /** How many answered this question (in the filter): the pager's total. */
  answered: number;
  refetchInterval: number | false;
}

/**
 * Free-text answers, newest first, a page at a time from the server. They may mention a disease (要配慮個人情報):
 * the API serves them only to people who may read the region.
 */
export function TextAnswers({ surveyId, questionId, filter, answered, refetchInterval }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const list = useQuery({
    ...trpc.survey.textAnswers.queryOptions({
      id: surveyId,
      questionId,
      respondentType: filter,
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
    refetchInterval,
  });

  if (!isLoaded(list)) return <QueryFallback query={list} />;
  return (
    <>
      <ol className="entries text-answers">
        {list.data.rows.map((row) => (
          <li key={row.number} className="entry">
            <p className="entry-meta">
              <span className="tag">{t("surveys.results.responseNumber", { number: row.number })}</span>
              <span>{dates.dateTime(row.submittedAt)}</span>
              <span>
                {t("surveys.results.respondentType", {
                  type: row.respondentOrganizationType
                    ? t(`organizationType.${row.respondentOrganizationType as OrganizationType}`)
                    : t("surveys.results.unspecified"),
                })}
              </span>
            </p>
            <p className="entry-body pre-line">{row.text}</p>
          </li>
        ))}
      </ol>
      <Pager page={page} total={answered} pageSize={PAGE_SIZE} onPageChange={setPage} />
    </>
  );
}
