import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  pending: boolean;
  /** The submit button's text when not saving. */
  label: string;
  /** Shown, and announced, once the save succeeded. */
  success: ReactNode;
}

/** A record form's submit button and its success status, the same on every create form. */
export function FormActions({ pending, label, success }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? t("form.saving") : label}
      </button>
      <div role="status" className={success ? "notice notice--success" : undefined}>
        {success}
      </div>
    </div>
  );
}
