import {
  createContext,
  type FormHTMLAttributes,
  type ReactNode,
  type RefObject,
  useContext,
  useEffect,
} from "react";
import { type FieldValues, FormProvider, get, useFormState } from "react-hook-form";
import type { FieldErrors } from "../../lib/field-errors";
import { messagesOf, type SchemaForm as SchemaFormApi } from "./use-schema-form";

interface Props<V extends FieldValues, Out> extends Omit<FormHTMLAttributes<HTMLFormElement>, "onSubmit"> {
  form: SchemaFormApi<V, Out>;
  /** Called with the schema's parsed output once every field passes. */
  onValid: (input: Out) => void;
  /** The API's fieldErrors for the last attempt, shown beside the same fields as the browser's own. */
  serverErrors?: FieldErrors | undefined;
  children: ReactNode;
}

const ServerErrors = createContext<{ errors: FieldErrors; fieldOf: (path: string) => string }>({
  errors: {},
  fieldOf: (path) => path,
});

/** The form element of every record form: noValidate (the schema speaks Japanese, the browser would not). */
export function SchemaForm<V extends FieldValues, Out>({
  form,
  onValid,
  serverErrors,
  children,
  ...rest
}: Props<V, Out>) {
  const server: FieldErrors = {};
  for (const [path, messages] of Object.entries(serverErrors ?? {})) server[form.fieldOf(path)] = messages;
  return (
    <FormProvider {...form.form}>
      <ServerErrors.Provider value={{ errors: server, fieldOf: form.fieldOf }}>
        <form ref={form.formRef} noValidate onSubmit={form.form.handleSubmit(onValid)} {...rest}>
          <FocusFirstInvalid formRef={form.formRef} />
          {children}
        </form>
      </ServerErrors.Provider>
    </FormProvider>
  );
}

/**
 * After a rejected submit, focus moves to the first control marked aria-invalid, in screen order, so the message
 * read out through aria-describedby is the first thing to fix. It waits for the submit count, which
 * react-hook-form publishes together with the errors, so the fields are marked by the time it looks.
 */
function FocusFirstInvalid({ formRef }: { formRef: RefObject<HTMLFormElement | null> }) {
  const { submitCount, errors } = useFormState();
  const rejected = Object.keys(errors).length > 0;
  useEffect(() => {
    if (submitCount > 0 && rejected)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitCount, rejected, formRef]);
  return null;
}

/** The messages to show beside one field: the browser's check first, else what the server said. */
export function useFieldMessages(name: string): string[] | undefined {
  return useFormMessages(name)(name);
}

/**
 * Messages by dotted path ("findings.0.body") for a control that shows errors of rows inside it;
 * `under` limits the re-render to changes of that part of the form.
 */
export function useFormMessages(under?: string): (path: string) => string[] | undefined {
  const { errors } = useFormState(under ? { name: under } : {});
  const server = useContext(ServerErrors).errors;
  return (path) => {
    const own = messagesOf(get(errors, path));
    return own.length > 0 ? own : server[path];
  };
}
