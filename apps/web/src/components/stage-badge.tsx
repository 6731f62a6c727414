import type { Stage } from "@kyoso/domain";
import { useTranslation } from "react-i18next";

/** A stage as text on a tinted badge: the colour only repeats what the words say. */
export function StageBadge({ stage }: { stage: Stage | null }) {
  const { t } = useTranslation();
  const key = stage ?? "none";
  return (
    <span className={`badge badge--${key}`}>
      <span className="badge-dot" aria-hidden="true" />
      {t(`stage.${key}`)}
    </span>
  );
}
