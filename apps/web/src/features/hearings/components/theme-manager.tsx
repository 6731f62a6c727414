import { hearingThemeCreateSchema } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { ListState } from "../../../components/query-state";
import { toLanguage } from "../../../i18n/index";
import { describeApiFailure } from "../../../lib/api-errors";
import { type FieldErrors, fieldErrorsOf } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { useFocusInvalid } from "../../../lib/use-focus-invalid";

const EMPTY = { nameJa: "", nameEn: "" };

/** The managed list of themes findings are tagged with, and a form to add one: for those who manage settings. */
export function ThemeManager() {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusInvalid(formRef);
  const themes = useQuery(trpc.hearing.themes.queryOptions());
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.hearing.createTheme.mutationOptions({
      onSuccess: () => {
        setValues(EMPTY);
        return queryClient.invalidateQueries(trpc.hearing.themes.pathFilter());
      },
    }),
  );
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;
  const shown: FieldErrors = { ...failure?.fieldErrors, ...errors };
  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const parsed = hearingThemeCreateSchema.safeParse(values);
    setErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    if (!parsed.success) {
      create.reset();
      focusInvalid();
      return;
    }
    create.mutate(parsed.data);
  };

  return (
    <section aria-labelledby="themes-manage-heading" className="section">
      <h2 id="themes-manage-heading">{t("hearings.themes.heading")}</h2>
      <p className="muted">{t("hearings.themes.intro")}</p>
      <h3 id="themes-current-heading">{t("hearings.themes.currentHeading")}</h3>
      <ListState query={themes} isEmpty={(data) => data.length === 0} empty={t("hearings.themes.empty")}>
        {(data) => (
          <ul aria-labelledby="themes-current-heading">
            {data.map((theme) => (
              <li key={theme.id}>
                <span lang="ja">{theme.nameJa}</span> / <span lang="en">{theme.nameEn}</span>
              </li>
            ))}
          </ul>
        )}
      </ListState>
      <form
        ref={formRef}
        className="form card"
        noValidate
        onSubmit={submit}
        aria-labelledby="themes-add-heading"
      >
        <h3 id="themes-add-heading">{t("hearings.themes.addHeading")}</h3>
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <div className="field-row">
          <TextField
            id="theme-nameJa"
            label={t("hearings.themes.nameJa")}
            required
            value={values.nameJa}
            onChange={set("nameJa")}
            errors={shown.nameJa}
          />
          <TextField
            id="theme-nameEn"
            label={t("hearings.themes.nameEn")}
            required
            value={values.nameEn}
            onChange={set("nameEn")}
            errors={shown.nameEn}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
            {create.isPending ? t("form.saving") : t("hearings.themes.add")}
          </button>
          <div role="status" className={create.isSuccess ? "notice notice--success" : undefined}>
            {create.data && (
              <p>
                {t("hearings.themes.added", {
                  name: locale === "en" ? create.data.nameEn : create.data.nameJa,
                })}
              </p>
            )}
          </div>
        </div>
      </form>
    </section>
  );
}
