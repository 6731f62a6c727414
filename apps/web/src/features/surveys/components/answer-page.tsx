import { formatDate } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { AnswerForm, type Receipt } from "./answer-form";
import { useAnswerText } from "./answer-text";
import "../answer.css";

/** The page is Japanese whatever the dashboard language was; the previous lang comes back on leaving. */
function useJapaneseDocument(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    const root = document.documentElement;
    const before = root.lang;
    root.lang = "ja";
    return () => {
      root.lang = before;
    };
  }, []);
}

/**
 * The public answer page at /answer/<token>: no sign-in, no dashboard frame, one column that fits a phone. It
 * calls only the public survey procedures.
 */
export function AnswerPage({ token }: { token: string }) {
  const t = useAnswerText();
  const trpc = useTRPC();
  // Read once: a refetch on returning to the tab must not swap a half-filled form for a message.
  const survey = useQuery({
    ...trpc.publicSurvey.get.queryOptions({ token }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const thanks = useRef<HTMLHeadingElement>(null);

  const data = survey.data;
  const title = survey.isError
    ? isMissing(survey.error)
      ? t("notFoundTitle")
      : t("loadErrorTitle")
    : data
      ? t(receipt ? "thanksDocumentTitle" : "documentTitle", { title: data.title })
      : t("loadingTitle");
  useJapaneseDocument(title);

  useEffect(() => {
    if (!receipt) return;
    window.scrollTo({ top: 0 });
    thanks.current?.focus();
  }, [receipt]);

  if (survey.isPending) {
    return (
      <Shell>
        <p role="status" className="loading">
          {t("loading")}
        </p>
      </Shell>
    );
  }
  if (survey.isError) {
    return (
      <Shell>
        {isMissing(survey.error) ? (
          <>
            <h1 className="answer-title">{t("notFoundTitle")}</h1>
            <p>{t("notFoundBody")}</p>
          </>
        ) : (
          <>
            <h1 className="answer-title">{t("loadErrorTitle")}</h1>
            <p>{t("loadErrorBody")}</p>
            <button type="button" className="button" onClick={() => void survey.refetch()}>
              {t("retry")}
            </button>
          </>
        )}
      </Shell>
    );
  }

  const s = survey.data;
  return (
    <Shell organizer={s.editionTitle ?? s.regionNameJa}>
      <h1 className="answer-title">{s.title}</h1>
      <p className="answer-period">
        {t("periodLabel")}
        <time dateTime={s.opensOn}>{formatDate(s.opensOn, "ja")}</time>〜
        <time dateTime={s.closesOn}>{formatDate(s.closesOn, "ja")}</time>
      </p>
      {receipt ? (
        <section aria-labelledby="answer-thanks" className="answer-thanks">
          <h2 id="answer-thanks" ref={thanks} tabIndex={-1}>
            {t("thanksTitle")}
          </h2>
          <p>{t("thanksBody")}</p>
          <dl className="answer-receipt">
            <dt>{t("receipt")}</dt>
            <dd>{receipt.number}</dd>
          </dl>
          <p className="answer-help">{t("receiptNote")}</p>
        </section>
      ) : s.availability.open ? (
        <>
          {s.introduction && <p className="answer-intro">{s.introduction}</p>}
          <AnswerForm token={token} survey={s} onDone={setReceipt} />
        </>
      ) : (
        <div className="notice notice--info answer-unavailable">
          <p>{s.availability.message}</p>
        </div>
      )}
    </Shell>
  );
}

function Shell({ organizer, children }: { organizer?: string; children: ReactNode }) {
  const t = useAnswerText();
  return (
    <div className="answer-shell">
      <header className="answer-header">
        <p className="answer-kicker">{t("kicker")}</p>
        {organizer && <p className="answer-organizer">{organizer}</p>}
      </header>
      <main id="main" className="answer-main">
        {children}
      </main>
    </div>
  );
}
