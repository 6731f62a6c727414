import { useTranslation } from "react-i18next";
import { FormText } from "../../../components/form/fields";

/** The current password that confirms a change to one's own account (bound to `currentPassword`). */
export function CurrentPasswordField({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <FormText
      id={id}
      name="currentPassword"
      type="password"
      autoComplete="current-password"
      label={t("account.password.current")}
      required
    />
  );
}

interface SubmitProps {
  pending: boolean;
  label: string;
  /** What the button says while the request is under way (変更しています…, 送信しています…). */
  pendingLabel: string;
}

/** An account form's submit button; it stays focusable while the request runs (aria-disabled, not disabled). */
export function AccountSubmit({ pending, label, pendingLabel }: SubmitProps) {
  return (
    <div className="form-actions">
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
