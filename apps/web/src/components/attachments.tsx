import type { FileItem, FileRecordType } from "@kyoso/domain";
import { FILE_MAX_BYTES } from "@kyoso/domain";
import { type UseQueryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDates } from "../i18n/use-dates";
import { describeApiFailure } from "../lib/api-errors";
import { useTRPC } from "../lib/trpc";
import { ConfirmDialog } from "./confirm-dialog";
import { ListState } from "./query-state";
import "./attachments.css";

// The attachments of a meeting, hearing, forum edition or task: the list (name, type, size, who added it and
// when), an upload with its progress, deletion with a confirmation and, for a forum edition, 「チラシとして公開」.
// Files go up and come down over the server's plain routes (/files/…), streamed; the list and deletion are tRPC.

const ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.csv,.txt";

type TypeKey = "pdf" | "image" | "word" | "excel" | "powerpoint" | "csv" | "text" | "other";

function typeKey(contentType: string): TypeKey {
  if (contentType === "application/pdf") return "pdf";
  if (contentType.startsWith("image/")) return "image";
  if (contentType.includes("wordprocessingml")) return "word";
  if (contentType.includes("spreadsheetml")) return "excel";
  if (contentType.includes("presentationml")) return "powerpoint";
  if (contentType === "text/csv") return "csv";
  if (contentType === "text/plain") return "text";
  return "other";
}

interface Props {
  recordType: FileRecordType;
  recordId: string;
  /** Whether the user may add and delete this record's files (the record's own write permission). */
  canWrite: boolean;
}

/** Sends a file as the request body, reporting progress; resolves with the server's Japanese refusal if any. */
function sendFile(
  url: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<{ ok: true } | { ok: false; message: string | null }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve({ ok: true });
      try {
        const body = JSON.parse(xhr.responseText) as { error?: { message?: string } };
        resolve({ ok: false, message: body.error?.message ?? null });
      } catch {
        resolve({ ok: false, message: null });
      }
    };
    xhr.onerror = () => resolve({ ok: false, message: null });
    xhr.send(file);
  });
}

export function Attachments({ recordType, recordId, canWrite }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [status, setStatus] = useState<string | null>(null);

  const options = {
    meeting: () => trpc.file.meetingFiles.queryOptions({ meetingId: recordId }),
    hearing: () => trpc.file.hearingFiles.queryOptions({ hearingId: recordId }),
    forum_edition: () => trpc.file.editionFiles.queryOptions({ editionId: recordId }),
    task: () => trpc.file.taskFiles.queryOptions({ taskId: recordId }),
  }[recordType]();
  // The four lists return the same rows; their options differ only in the procedure named in the key.
  const list = useQuery(options as unknown as UseQueryOptions<FileItem[]>);
  const refresh = () => queryClient.invalidateQueries(trpc.file.pathFilter());

  return (
    <section className="section attachments" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("files.heading")}</h2>
      <p className="muted">{t("files.intro")}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <ListState query={list} isEmpty={(files) => files.length === 0} empty={t("files.empty")}>
        {(files) => (
          <ul className="attachments-list" aria-label={t("files.listLabel")}>
            {files.map((file) => (
              <AttachmentRow
                key={file.id}
                file={file}
                recordType={recordType}
                recordId={recordId}
                canWrite={canWrite}
                onChanged={(message) => {
                  setStatus(message);
                  void refresh();
                }}
              />
            ))}
          </ul>
        )}
      </ListState>
      {canWrite && (
        <UploadForm
          recordType={recordType}
          recordId={recordId}
          onUploaded={(name) => {
            setStatus(t("files.uploaded", { name }));
            void refresh();
          }}
        />
      )}
    </section>
  );
}

function useSize() {
  const { t } = useTranslation();
  return (bytes: number) => {
    if (bytes < 1024) return t("files.bytes", { n: bytes });
    if (bytes < 1024 * 1024) return t("files.kb", { n: (bytes / 1024).toFixed(1) });
    return t("files.mb", { n: (bytes / 1024 / 1024).toFixed(1) });
  };
}

function AttachmentRow({
  file,
  recordType,
  recordId,
  canWrite,
  onChanged,
}: {
  file: FileItem;
  recordType: FileRecordType;
  recordId: string;
  canWrite: boolean;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const size = useSize();
  const trpc = useTRPC();
  const [dialog, setDialog] = useState<"delete" | "flyer" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const deletes = {
    meeting: useMutation(trpc.file.deleteMeetingFile.mutationOptions()),
    hearing: useMutation(trpc.file.deleteHearingFile.mutationOptions()),
    forum_edition: useMutation(trpc.file.deleteEditionFile.mutationOptions()),
    task: useMutation(trpc.file.deleteTaskFile.mutationOptions()),
  };
  const flyer = useMutation(trpc.file.setEditionFlyer.mutationOptions());
  const pending = Object.values(deletes).some((m) => m.isPending) || flyer.isPending;

  const remove = async () => {
    setError(null);
    const id = file.id;
    try {
      if (recordType === "meeting") await deletes.meeting.mutateAsync({ meetingId: recordId, id });
      else if (recordType === "hearing") await deletes.hearing.mutateAsync({ hearingId: recordId, id });
      else if (recordType === "task") await deletes.task.mutateAsync({ taskId: recordId, id });
      else await deletes.forum_edition.mutateAsync({ editionId: recordId, id });
      setDialog(null);
      onChanged(t("files.deleted", { name: file.name }));
    } catch (failure) {
      setError(describeApiFailure(failure, t("files.deleteFailed")).message);
    }
  };

  const toggleFlyer = async () => {
    setError(null);
    try {
      await flyer.mutateAsync({ editionId: recordId, id: file.id, publicFlyer: !file.publicFlyer });
      setDialog(null);
      onChanged(file.publicFlyer ? t("files.flyerUnpublish") : t("files.flyerOn"));
    } catch (failure) {
      setError(describeApiFailure(failure, t("files.flyerFailed")).message);
    }
  };

  return (
    <li className="attachment">
      <div className="attachment__main">
        <a
          className="attachment__name"
          href={`/files/${file.id}`}
          download={file.name}
          aria-label={t("files.download", { name: file.name })}
        >
          {file.name}
        </a>
        {file.publicFlyer && <span className="tag">{t("files.flyerOn")}</span>}
        <dl className="attachment__meta muted">
          <div>
            <dt>{t("files.type")}</dt>
            <dd>{t(`files.types.${typeKey(file.contentType)}`)}</dd>
          </div>
          <div>
            <dt>{t("files.size")}</dt>
            <dd>{size(file.sizeBytes)}</dd>
          </div>
          <div>
            <dt>{t("files.uploadedBy")}</dt>
            <dd>{file.uploadedByName ?? t("files.unknownUploader")}</dd>
          </div>
          <div>
            <dt>{t("files.uploadedAt")}</dt>
            <dd>
              <time dateTime={file.createdAt}>{dates.dateTime(file.createdAt)}</time>
            </dd>
          </div>
        </dl>
      </div>
      {canWrite && (
        <div className="attachment__actions">
          {recordType === "forum_edition" && (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t(file.publicFlyer ? "files.flyerUnpublishLabel" : "files.flyerPublishLabel", {
                name: file.name,
              })}
              onClick={() => setDialog("flyer")}
            >
              {file.publicFlyer ? t("files.flyerUnpublish") : t("files.flyerPublish")}
            </button>
          )}
          <button
            type="button"
            className="button button--danger-secondary button--small"
            aria-label={t("files.deleteLabel", { name: file.name })}
            onClick={() => setDialog("delete")}
          >
            {t("files.delete")}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={dialog === "delete"}
        title={t("files.deleteTitle", { name: file.name })}
        confirmLabel={t("files.delete")}
        pending={pending}
        danger
        onConfirm={() => void remove()}
        onCancel={() => {
          setDialog(null);
          setError(null);
        }}
      >
        <p>{t("files.deleteBody")}</p>
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
      </ConfirmDialog>
      {recordType === "forum_edition" && (
        <ConfirmDialog
          open={dialog === "flyer"}
          title={t(file.publicFlyer ? "files.flyerUnpublishTitle" : "files.flyerPublishTitle", {
            name: file.name,
          })}
          confirmLabel={file.publicFlyer ? t("files.flyerUnpublish") : t("files.flyerPublish")}
          pending={pending}
          onConfirm={() => void toggleFlyer()}
          onCancel={() => {
            setDialog(null);
            setError(null);
          }}
        >
          <p>{t(file.publicFlyer ? "files.flyerUnpublishBody" : "files.flyerPublishBody")}</p>
          {error && (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          )}
        </ConfirmDialog>
      )}
    </li>
  );
}

function UploadForm({
  recordType,
  recordId,
  onUploaded,
}: {
  recordType: FileRecordType;
  recordId: string;
  onUploaded: (name: string) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (progress !== null) return;
    const file = input.current?.files?.[0];
    setError(null);
    if (!file) return setError(t("files.chooseFirst"));
    if (file.size > FILE_MAX_BYTES) return setError(t("files.tooLarge"));
    setProgress(0);
    const url = `/files/${recordType}/${recordId}?name=${encodeURIComponent(file.name)}`;
    const result = await sendFile(url, file, setProgress);
    setProgress(null);
    if (!result.ok) return setError(result.message ?? t("files.failed"));
    if (input.current) input.current.value = "";
    onUploaded(file.name);
  };

  return (
    <form
      className="attachment-upload"
      onSubmit={(event) => void submit(event)}
      aria-busy={progress !== null}
    >
      <label htmlFor={inputId}>{t("files.choose")}</label>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={ACCEPT}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
      />
      <p id={hintId} className="field-hint">
        {t("files.hint")}
      </p>
      {error && (
        <p id={errorId} className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {progress !== null && (
        <>
          <progress max={100} value={progress} aria-label={t("files.progressLabel")} />
          <p role="status">{t("files.uploading", { percent: progress })}</p>
        </>
      )}
      <div>
        <button type="submit" className="button" aria-disabled={progress !== null || undefined}>
          {t("files.upload")}
        </button>
      </div>
    </form>
  );
}
