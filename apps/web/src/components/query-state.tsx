import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t("app.loading")}
    </p>
  );
}

export function LoadError({ message, onRetry }: { message?: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p>{message ?? t("app.loadError")}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t("app.retry")}
      </button>
    </div>
  );
}

interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  data: T | undefined;
  refetch: () => unknown;
}

interface ListStateProps<T> {
  query: QueryLike<T>;
  /** When the loaded data counts as nothing to show; `empty` is then shown instead of the children. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** Replaces the generic load error (e.g. the server's own message). */
  errorMessage?: string | undefined;
  children: (data: T) => ReactNode;
}

/** Loading, a load error with retry, the empty text, or the list: the same four states on every page. */
export function ListState<T>({ query, isEmpty, empty, errorMessage, children }: ListStateProps<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined)
    return <LoadError message={errorMessage} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data))
    return (
      <p className="empty" role="status">
        {empty}
      </p>
    );
  return <>{children(query.data)}</>;
}

/** Whether a query has its data; narrows it so a page can return early and use `query.data` below. */
export function isLoaded<Q extends QueryLike<unknown>>(
  query: Q,
): query is Q & { data: NonNullable<Q["data"]> } {
  return !query.isPending && !query.isError && query.data !== undefined;
}

/** What a page shows while its query is not loaded: loading, or the load error with retry. */
export function QueryFallback({
  query,
  errorMessage,
}: {
  query: QueryLike<unknown>;
  errorMessage?: string | undefined;
}) {
  if (query.isPending) return <Loading />;
  return <LoadError message={errorMessage} onRetry={() => void query.refetch()} />;
}
