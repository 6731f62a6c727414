import type { MilestoneStatus } from "@kyoso/domain";
import { useTranslation } from "react-i18next";

const ICONS = { done: "✓", on_track: "○", due_soon: "!", late: "✕", undecided: "–" } as const;

/** A milestone's status as an icon, a word and a colour: the colour only repeats the word. */
export function MilestoneStatusBadge({ status }: { status: MilestoneStatus | null }) {
  const { t } = useTranslation();
  const key = status ?? "undecided";
  return (
    <span className={`ms ms--${key}`}>
      <span className="ms-icon" aria-hidden="true">
        {ICONS[key]}
      </span>
      {t(`milestoneStatus.${key}`)}
    </span>
  );
}
