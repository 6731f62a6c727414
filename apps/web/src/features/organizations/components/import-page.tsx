import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormFailure } from "../../../components/form-failure";
import { FieldFrame } from "../../../components/form-field";
import { PageHeading } from "../../../components/page-heading";
import type { RegionContext } from "../../../components/region-frame";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useCsvFile } from "../../../lib/use-csv-file";
import { ImportPreview } from "./import-preview";

/**
 * Two steps: the server reads the file and says what it would do (writing nothing), then the same file is
 * committed in one transaction. The file goes up as base64 untouched, so the server detects Shift_JIS itself.
 */
export function ImportPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { region, slug, name } = context;
  const preview = useMutation(trpc.organization.importPreview.mutationOptions());
  const commit = useMutation(
    trpc.organization.importCommit.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.organization.pathFilter()),
    }),
  );
  const failing = commit.isError ? commit : preview.isError ? preview : null;
  const failure = failing ? describeApiFailure(failing.error, t("form.networkError")) : null;

  const { file, fileError, setFileError, choose } = useCsvFile({
    readFailed: t("organizations.importPage.readFailed"),
    onChoose: () => {
      preview.reset();
      commit.reset();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError([t("organizations.importPage.chooseFile")]);
      document.getElementById("import-file")?.focus();
      return;
    }
    preview.mutate({ regionId: region.id, fileBase64: file.base64 });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/organizations" params={{ slug }}>
          {t("organizations.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("organizations.importPage.title", { region: name })} />
      <p className="lead">{t("organizations.importPage.intro")}</p>
      <form className="form card" noValidate onSubmit={submit}>
        <FormFailure failure={failure} />
        <FieldFrame id="import-file" label={t("organizations.importPage.file")} required errors={fileError}>
          {(describedBy, invalid) => (
            <input
              id="import-file"
              type="file"
              accept=".csv,text/csv"
              required
              onChange={(e) => void choose(e.target.files?.[0])}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
            />
          )}
        </FieldFrame>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={preview.isPending || undefined}>
            {preview.isPending
              ? t("organizations.importPage.previewing")
              : t("organizations.importPage.preview")}
          </button>
        </div>
      </form>
      {preview.isSuccess && file && (
        <ImportPreview
          result={preview.data}
          committing={commit.isPending}
          committed={commit.isSuccess ? commit.data.created : null}
          onCommit={() => {
            if (!commit.isPending && !commit.isSuccess)
              commit.mutate({ regionId: region.id, fileBase64: file.base64 });
          }}
        />
      )}
    </>
  );
}
