import type { AppRouter } from "@kyoso/api";
import { can, subjectSearchSchema } from "@kyoso/domain";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { Forbidden } from "../../../components/forbidden";
import { FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { PageHeading } from "../../../components/page-heading";
import { PrivacyTabs } from "../../../components/privacy-tabs";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";

type Export = inferRouterOutputs<AppRouter>["privacy"]["subjectExport"];

/** 本人からの開示請求: what the network holds about a person, found by name or e-mail (national team). */
export function SubjectExportPage() {
  const me = useMe();
  return can(me, "audit.read") ? <SubjectExport /> : <Forbidden />;
}

function SubjectExport() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const search = useMutation(trpc.privacy.subjectExport.mutationOptions());
  const sf = useSchemaForm({ schema: subjectSearchSchema, defaultValues: { query: "" } });
  const failure = search.isError ? describeApiFailure(search.error, t("form.networkError")) : null;
  return (
    <>
      <PageHeading title={t("privacy.subject.title")} />
      <PrivacyTabs />
      <p className="lead">{t("privacy.subject.intro")}</p>
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        onValid={(input) => {
          if (!search.isPending) search.mutate(input);
        }}
        className="form card"
      >
        <FormFailure failure={failure} />
        <FormText
          id="subject-query"
          name="query"
          label={t("privacy.subject.query")}
          hint={t("privacy.subject.queryHint")}
          required
        />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={search.isPending || undefined}>
            {search.isPending ? t("form.saving") : t("privacy.subject.search")}
          </button>
        </div>
      </SchemaForm>
      <div role="status">{search.data && <SubjectResults result={search.data} />}</div>
    </>
  );
}

function SubjectResults({ result }: { result: Export }) {
  const { t } = useTranslation();
  const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
  // The file is made in the browser from what the server just returned (and audited): nothing is stored.
  const href = useMemo(
    () => URL.createObjectURL(new Blob([JSON.stringify(result, null, 2)], { type: "application/json" })),
    [result],
  );
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  const fileName = `subject-export-${result.generatedAt.slice(0, 10)}.json`;
  return (
    <section aria-labelledby="subject-results-heading" className="section">
      <h2 id="subject-results-heading">{t("privacy.subject.results", { query: result.query })}</h2>
      <p>{t("privacy.subject.counts", result.counts)}</p>
      {total === 0 ? (
        <p className="empty">{t("privacy.subject.none")}</p>
      ) : (
        <>
          <p>
            <a className="button" href={href} download={fileName}>
              {t("privacy.subject.download")}
            </a>
          </p>
          <ResultList title={t("privacy.subject.contacts")} id="subject-contacts">
            {result.contacts.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.title && ` (${c.title})`} — {c.organizationName}
                {c.email && <span className="muted"> {c.email}</span>}
                {c.deletedAt && <Deleted />}
              </li>
            ))}
          </ResultList>
          <ResultList title={t("privacy.subject.meetings")} id="subject-meetings">
            {result.meetings.map((m) => (
              <li key={m.id}>
                <DateText value={m.heldOn} /> {m.title} — {m.regionNameJa}
                {m.deletedAt && <Deleted />}
              </li>
            ))}
          </ResultList>
          <ResultList title={t("privacy.subject.hearings")} id="subject-hearings">
            {result.hearings.map((h) => (
              <li key={h.id}>
                <DateText value={h.heldOn} /> {h.organizationName} — {h.respondent ?? h.interviewer} (
                {h.regionNameJa}) {t("privacy.subject.findings", { count: h.findings.length })}
                {h.deletedAt && <Deleted />}
              </li>
            ))}
          </ResultList>
          <ResultList title={t("privacy.subject.users")} id="subject-users">
            {result.users.map((u) => (
              <li key={u.id}>
                {u.displayName} <span className="muted">{u.email}</span>
              </li>
            ))}
          </ResultList>
        </>
      )}
    </section>
  );
}

function Deleted() {
  const { t } = useTranslation();
  return <span className="tag"> {t("privacy.subject.deleted")}</span>;
}

function ResultList({ title, id, children }: { title: string; id: string; children: React.ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <section aria-labelledby={id} className="section">
      <h3 id={id}>{title}</h3>
      <ul className="plain-list">{children}</ul>
    </section>
  );
}
