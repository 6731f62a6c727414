import type { FormEvent, ReactNode, RefObject } from "react";
import { useTranslation } from "react-i18next";
import { FormFailure } from "../../../components/form-failure";
import type { ApiFailure } from "../../../lib/api-errors";

interface Props {
  formRef: RefObject<HTMLFormElement | null>;
  legend: string;
  failure: ApiFailure | null;
  onReload?: () => void;
  pending: boolean;
  submitLabel: string;
  onSubmit: () => void;
  /** Without it (an always-open form) there is no cancel button. */
  onCancel?: () => void;
  children: ReactNode;
  className?: string;
}

/** A small form opened in place (edit a session, add a speaker): its own legend, refusal and buttons. */
export function InlineForm(props: Props) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.pending) props.onSubmit();
  };
  return (
    <form
      ref={props.formRef}
      className={["inline-form", props.className].filter(Boolean).join(" ")}
      noValidate
      onSubmit={submit}
    >
      <fieldset>
        <legend>{props.legend}</legend>
        <FormFailure failure={props.failure} onReload={props.onReload} />
        {props.children}
        <div className="actions">
          <button type="submit" className="button" aria-disabled={props.pending || undefined}>
            {props.pending ? t("form.saving") : props.submitLabel}
          </button>
          {props.onCancel && (
            <button type="button" className="button button--secondary" onClick={props.onCancel}>
              {t("forum.cancel")}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
