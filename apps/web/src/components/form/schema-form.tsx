import { createContext, type FormHTMLAttributes, type ReactNode, useContext } from "react";
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
        <form
          ref={form.formRef}
          noValidate
          onSubmit={form.form.handleSubmit(onValid, form.focusInvalid)}
          {...rest}
        >
          {children}
        </form>
      </ServerErrors.Provider>
    </FormProvider>
  );
}

/** The messages to show beside one field: the browser's check first, else what the server said. */
export function useFieldMessages(name: string): string[] | undefined {
  const { errors } = useFormState({ name });
  const server = useContext(ServerErrors).errors;
  const own = messagesOf(get(errors, name));
  if (own.length > 0) return own;
  return server[name];
}
