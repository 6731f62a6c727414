import type { ShortDateContext } from "@kyoso/domain";
import type { ComponentProps, ReactNode } from "react";
import { useController } from "react-hook-form";
import { CheckboxField, CheckboxGroupField, SelectField, TextAreaField, TextField } from "../fields";
import { ShortDateField } from "../short-date-field";
import { useFieldMessages, useFormMessages } from "./schema-form";

/**
 * The shared fields bound to the surrounding SchemaForm by `name`: value, change and the messages beside the
 * field come from the form, label, hint, aria-describedby and aria-invalid from the field components.
 */
type Bound<P> = Omit<P, "value" | "onChange" | "errors" | "checked"> & { name: string };

function useBound(name: string) {
  const { field } = useController({ name });
  return { field, errors: useFieldMessages(name) };
}

export function FormText({ name, ...props }: Bound<ComponentProps<typeof TextField>>) {
  const { field, errors } = useBound(name);
  return <TextField {...props} value={field.value ?? ""} onChange={field.onChange} errors={errors} />;
}

export function FormTextArea({ name, ...props }: Bound<ComponentProps<typeof TextAreaField>>) {
  const { field, errors } = useBound(name);
  return <TextAreaField {...props} value={field.value ?? ""} onChange={field.onChange} errors={errors} />;
}

export function FormSelect({ name, ...props }: Bound<ComponentProps<typeof SelectField>>) {
  const { field, errors } = useBound(name);
  return <SelectField {...props} value={field.value ?? ""} onChange={field.onChange} errors={errors} />;
}

export function FormCheckbox({ name, ...props }: Bound<ComponentProps<typeof CheckboxField>>) {
  const { field } = useController({ name });
  return <CheckboxField {...props} checked={Boolean(field.value)} onChange={field.onChange} />;
}

export function FormCheckboxGroup({ name, ...props }: Bound<ComponentProps<typeof CheckboxGroupField>>) {
  const { field, errors } = useBound(name);
  return (
    <CheckboxGroupField {...props} value={field.value ?? []} onChange={field.onChange} errors={errors} />
  );
}

/** A short date ("10.29", "11月"); its errors may sit on the field or on the date inside it. */
export function FormShortDate({
  name,
  ...props
}: Bound<ComponentProps<typeof ShortDateField>> & { context: ShortDateContext }) {
  const { field, errors } = useBound(name);
  const inner = useFieldMessages(`${name}.date`);
  return (
    <ShortDateField {...props} value={field.value ?? ""} onChange={field.onChange} errors={errors ?? inner} />
  );
}

interface ControlProps<T> {
  name: string;
  /** A control of the feature's own (a number with its unit, rows of findings) bound to the form's value. */
  render: (bound: {
    value: T;
    onChange: (value: T) => void;
    /** The messages for this value, or for a path inside it ("findings.0.body"). */
    messages: (path?: string) => string[] | undefined;
  }) => ReactNode;
}

export function FormControl<T>({ name, render }: ControlProps<T>) {
  const { field } = useController({ name });
  const messages = useFormMessages(name);
  return (
    <>
      {render({
        value: field.value as T,
        onChange: field.onChange,
        messages: (path) => messages(path ?? name),
      })}
    </>
  );
}
