import { todayInTokyo } from "@kyoso/domain";
import { Link, type LinkProps } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useDates } from "../i18n/use-dates";
import { PageHeading } from "./page-heading";
import "./print.css";

interface Props {
  /** The document's title, its one h1 (「会議録: 第3回実行委員会」). */
  title: string;
  /** Whose document it is: the region or forum name printed at the top of every copy. */
  owner: string;
  /** Where 「戻る」 leads: the screen the print view was opened from. */
  back: LinkProps;
  /**
   * Whether everything is on the page (data, charts, markdown). Until then 「印刷する」 waits, so a copy never
   * holds a half-drawn page; tests wait for `data-print-ready`.
   */
  ready: boolean;
  /** Choices about what the document holds, shown under the toolbar and never printed. */
  options?: ReactNode;
  children: ReactNode;
}

/**
 * An A4 document the browser prints or saves as PDF: no dashboard frame, a header naming the region or forum
 * and the day it was printed (Tokyo's today, the Japanese way), and a toolbar that is hidden on paper.
 */
export function PrintSheet({ title, owner, back, ready, options, children }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const printedOn = dates.date(todayInTokyo(new Date()));
  return (
    <div className="print-sheet" data-print-ready={ready ? "true" : "false"}>
      <div className="print-toolbar">
        <Link {...back} className="button button--secondary">
          {t("print.back")}
        </Link>
        <button type="button" className="button" disabled={!ready} onClick={() => window.print()}>
          {t("print.print")}
        </button>
        <p className="print-hint">{t("print.hint")}</p>
      </div>
      {options}
      <article className="print-page" aria-labelledby="print-title">
        <header className="print-header">
          <p className="print-owner">{owner}</p>
          <p className="print-date">{t("print.printedOn", { date: printedOn })}</p>
        </header>
        <PageHeading title={title} id="print-title" />
        {children}
        <footer className="print-footer">
          <p>{t("print.footer", { date: printedOn })}</p>
        </footer>
      </article>
    </div>
  );
}
