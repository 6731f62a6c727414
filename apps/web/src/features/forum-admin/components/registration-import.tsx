import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormFailure } from "../../../components/form-failure";
import { FieldFrame } from "../../../components/form-field";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useCsvFile } from "../../../lib/use-csv-file";
import { useCapacityWrites } from "../lib/use-capacity-writes";
import type { ForumContext } from "./forum-frame";
import { ImportPreview } from "./import-preview";

/**
 * Two steps, as the organization import: the server reads the registration service's CSV and says what it
 * would change (writing nothing), then the same file is committed. The file goes up untouched as base64, so the
 * server tells UTF-8 from Shift_JIS itself.
 */
export function RegistrationImport({ forum }: { forum: ForumContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { edition } = forum;
  const written = useCapacityWrites(edition.id);
  const preview = useMutation(trpc.capacity.importPreview.mutationOptions());
  const commit = useMutation(trpc.capacity.importCommit.mutationOptions({ onSuccess: written }));
  const failing = commit.isError ? commit : preview.isError ? preview : null;
  const failure = failing ? describeApiFailure(failing.error, t("form.networkError")) : null;

  const { file, fileError, setFileError, choose } = useCsvFile({
    readFailed: t("forum.import.readFailed"),
    onChoose: () => {
      preview.reset();
      commit.reset();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (preview.isPending) return;
    if (!file) {
      setFileError([t("forum.import.chooseFile")]);
      document.getElementById("registration-file")?.focus();
      return;
    }
    commit.reset();
    preview.mutate({ editionId: edition.id, fileBase64: file.base64 });
  };

  return (
    <>
      <p className="field-hint import-intro">{t("forum.import.intro")}</p>
      <form className="form card" noValidate onSubmit={submit}>
        <FormFailure failure={failure} onReload={() => preview.reset()} />
        <FieldFrame
          id="registration-file"
          label={t("forum.import.file")}
          hint={t("forum.import.fileHint")}
          required
          errors={fileError}
        >
          {(describedBy, invalid) => (
            <input
              id="registration-file"
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
            {preview.isPending ? t("forum.import.previewing") : t("forum.import.preview")}
          </button>
        </div>
      </form>
      {preview.isSuccess && file && (
        <ImportPreview
          forum={forum}
          preview={preview.data}
          committing={commit.isPending}
          committed={commit.isSuccess ? commit.data : null}
          onCommit={() => {
            if (!commit.isPending && !commit.isSuccess)
              commit.mutate({ editionId: edition.id, version: edition.version, fileBase64: file.base64 });
          }}
        />
      )}
    </>
  );
}
