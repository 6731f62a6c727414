import { TIMELINE_KINDS, type TimelineKind } from "@kyoso/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  selected: TimelineKind[] | undefined;
  onApply: (kinds: TimelineKind[] | undefined) => void;
}

/** Applied with a button, not on every tick: a list re-rendering under a screen reader mid-choice is disorienting. */
export function KindFilter({ selected, onApply }: Props) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<TimelineKind[]>(selected ?? []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(kinds.length > 0 ? TIMELINE_KINDS.filter((k) => kinds.includes(k)) : undefined);
  };
  return (
    <form className="card filters" onSubmit={submit}>
      <fieldset className="checkbox-group">
        <legend>{t("timeline.filterLegend")}</legend>
        <div className="checkbox-grid">
          {TIMELINE_KINDS.map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="checkbox"
                name="kinds"
                value={kind}
                checked={kinds.includes(kind)}
                onChange={(e) =>
                  setKinds((current) =>
                    e.target.checked ? [...current, kind] : current.filter((k) => k !== kind),
                  )
                }
              />
              {t(`timelineKind.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button">
          {t("timeline.apply")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setKinds([]);
            onApply(undefined);
          }}
        >
          {t("timeline.clearFilter")}
        </button>
      </div>
    </form>
  );
}
