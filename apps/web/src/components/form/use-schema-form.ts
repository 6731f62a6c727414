import { toNestErrors } from "@hookform/resolvers";
import { zodResolver } from "@hookform/resolvers/zod";
import { type RefObject, useRef } from "react";
import {
  type DefaultValues,
  type FieldError,
  type FieldValues,
  type Resolver,
  type ResolverResult,
  type FieldErrors as RhfErrors,
  type UseFormReturn,
  useForm,
} from "react-hook-form";
import type { z } from "zod";
import type { FieldErrors } from "../../lib/field-errors";

export interface SchemaFormOptions<V extends FieldValues, S extends z.ZodType> {
  /** The domain's input schema, the same one the API's `.input()` uses: its Japanese messages show beside the fields. */
  schema: S;
  /** Blank for a create form; the record's values for an edit form (the same form then edits). */
  defaultValues: V;
  /** What the inputs hold (text) turned into the schema's input: blanks to null, ids and version added. */
  toInput?: (values: V) => unknown;
  /** Checks only the browser can make (a short date read against the forum), keyed like the schema's errors. */
  check?: (values: V) => FieldErrors;
  /** Where an error on the input's path shows in the form, when the two differ (blank rows are not sent). */
  fieldOf?: (path: string, values: V) => string;
}

export interface SchemaForm<V extends FieldValues, Out> {
  form: UseFormReturn<V, unknown, Out>;
  formRef: RefObject<HTMLFormElement | null>;
  fieldOf: (path: string) => string;
}

/** One message list per dotted path, out of react-hook-form's nested errors. */
export function flattenErrors(errors: RhfErrors, prefix = ""): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, node] of Object.entries(errors)) {
    if (!node || typeof node !== "object") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (node as FieldError).type === "string") {
      out[path] = messagesOf(node as FieldError);
    } else {
      Object.assign(out, flattenErrors(node as RhfErrors, path));
    }
  }
  return out;
}

/** All messages of one field: with criteriaMode "all" every failed rule keeps its own. */
export function messagesOf(error: FieldError | undefined): string[] {
  if (!error) return [];
  const all = error.types ? Object.values(error.types).flat() : [error.message];
  return [...new Set(all.filter((m): m is string => typeof m === "string" && m !== ""))];
}

/**
 * The resolver every form uses: the zod resolver of @hookform/resolvers over the schema's input, the browser's
 * own checks added, each message moved to the field that shows it.
 */
export function schemaResolver<V extends FieldValues, S extends z.ZodType>({
  schema,
  toInput,
  check,
  fieldOf,
}: SchemaFormOptions<V, S>): Resolver<V, unknown, z.output<S>> {
  const parse = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, z.output<S>>;
  return async (values, context, resolverOptions) => {
    const input = toInput ? toInput(values) : values;
    const result = await parse(input as FieldValues, context, { ...resolverOptions, criteriaMode: "all" });
    const extra = check?.(values) ?? {};
    const hasErrors = Object.keys(result.errors).length > 0;
    if (!hasErrors && Object.keys(extra).length === 0) return result as ResolverResult<V, z.output<S>>;
    const flat: Record<string, FieldError> = {};
    const add = (path: string, messages: string[]) => {
      const key = fieldOf ? fieldOf(path, values) : path;
      const types = Object.fromEntries(messages.map((m, i) => [String(i), m]));
      flat[key] = { type: "schema", message: messages[0] ?? "", types };
    };
    for (const [path, messages] of Object.entries(flattenErrors(result.errors))) add(path, messages);
    for (const [path, messages] of Object.entries(extra)) add(path, messages);
    return { values: {}, errors: toNestErrors<V>(flat, resolverOptions) };
  };
}

/**
 * The one way to build a form: react-hook-form holds the values (default values from the record for an edit
 * form), @hookform/resolvers' zod resolver checks them against the domain schema on submit, and focus moves to
 * the first field to fix. Errors are checked on submit only, as the user expects from a paper-like form.
 */
export function useSchemaForm<V extends FieldValues, S extends z.ZodType>(
  options: SchemaFormOptions<V, S>,
): SchemaForm<V, z.output<S>> {
  const formRef = useRef<HTMLFormElement>(null);
  // The resolver reads the latest options, so callers may pass inline functions.
  const latest = useRef(options);
  latest.current = options;
  const form = useForm<V, unknown, z.output<S>>({
    defaultValues: options.defaultValues as DefaultValues<V>,
    resolver: schemaResolver(options),
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    criteriaMode: "all",
    // Focus follows screen order (aria-invalid), not registration order: SchemaForm moves it.
    shouldFocusError: false,
  });
  return {
    form,
    formRef,
    fieldOf: (path) => latest.current.fieldOf?.(path, form.getValues()) ?? path,
  };
}
