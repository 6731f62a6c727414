import { hearingThemeCreateSchema } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { ListState } from "../../../components/query-state";
import { toLanguage } from "../../../i18n/index";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";

const EMPTY = { nameJa: "", nameEn: "" };

/** The managed list of themes findings are tagged with, and a form to add one: for those who manage settings. */
export function ThemeManager() {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const themes = useQuery(trpc.hearing.themes.queryOptions());
  const sf = useSchemaForm({ schema: hearingThemeCreateSchema, defaultValues: EMPTY });
  const create = useMutation(
    trpc.hearing.createTheme.mutationOptions({
      onSuccess: () => {
        sf.form.reset(EMPTY);
        return queryClient.invalidateQueries(trpc.hearing.themes.pathFilter());
      },
    }),
  );
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;

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
      <SchemaForm
        form={sf}
        serverErrors={failure?.fieldErrors}
        onValid={(input) => {
          if (create.isPending) return;
          create.mutate(input);
        }}
        className="form card"
        aria-labelledby="themes-add-heading"
      >
        <h3 id="themes-add-heading">{t("hearings.themes.addHeading")}</h3>
        <p className="muted">{t("form.requiredNote")}</p>
        <FormFailure failure={failure} />
        <div className="field-row">
          <FormText id="theme-nameJa" name="nameJa" label={t("hearings.themes.nameJa")} required />
          <FormText id="theme-nameEn" name="nameEn" label={t("hearings.themes.nameEn")} required />
        </div>
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            aria-disabled={create.isPending || undefined}
            // A new attempt clears the last refusal (Enter in a field clicks this button too).
            onClick={() => {
              if (!create.isPending) create.reset();
            }}
          >
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
      </SchemaForm>
    </section>
  );
}
