import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../../components/fields";
import { useTRPC } from "../../../lib/trpc";

interface Props {
  slug: string;
  editionId: string;
  /** Called with the survey's public answer link. */
  onPick: (url: string) => void;
}

/**
 * Fills the survey link from one of the region's Kyoso surveys: its public answer page (/answer/<token>). Drafts
 * are left out, since their link answers "not found"; this forum's surveys come first.
 */
export function SurveyLinkPicker({ slug, editionId, onPick }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const surveys = useQuery(trpc.survey.forRegion.queryOptions({ slug }));
  const [chosen, setChosen] = useState("");
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  if (!surveys.data) return null;
  const usable = surveys.data
    .filter((s) => s.status !== "draft")
    .sort((a, b) => Number(b.editionId === editionId) - Number(a.editionId === editionId));
  if (usable.length === 0) return <p className="muted small">{t("forum.retrospective.picker.none")}</p>;

  const pick = async () => {
    const survey = usable.find((s) => s.id === chosen);
    if (!survey) {
      setStatus({ ok: false, text: t("forum.retrospective.picker.choose") });
      document.getElementById("retro-survey-pick")?.focus();
      return;
    }
    try {
      const detail = await queryClient.fetchQuery(trpc.survey.byId.queryOptions({ id: survey.id }));
      onPick(detail.answerUrl);
      setStatus({ ok: true, text: t("forum.retrospective.picker.filled", { title: survey.title }) });
    } catch {
      setStatus({ ok: false, text: t("form.networkError") });
    }
  };

  return (
    <div className="survey-picker">
      <SelectField
        id="retro-survey-pick"
        label={t("forum.retrospective.picker.label")}
        hint={t("forum.retrospective.picker.hint")}
        placeholder={t("form.choose")}
        value={chosen}
        onChange={(value) => {
          setChosen(value);
          setStatus(null);
        }}
        options={usable.map((s) => ({
          value: s.id,
          label: t("forum.retrospective.picker.option", {
            title: s.title,
            status: t(`surveys.status.${s.status}`),
          }),
        }))}
      />
      <button type="button" className="button button--secondary" onClick={() => void pick()}>
        {t("forum.retrospective.picker.use")}
      </button>
      <p role="status" className={status && !status.ok ? "field-error" : "muted small"}>
        {status?.text}
      </p>
    </div>
  );
}
