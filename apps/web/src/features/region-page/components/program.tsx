import type { ForumSession } from "@kyoso/domain";
import { useTranslation } from "react-i18next";

export function Program({ sessions }: { sessions: ForumSession[] }) {
  const { t } = useTranslation();
  if (sessions.length === 0) return <p className="empty">{t("region.noProgram")}</p>;
  return (
    <ol className="program">
      {sessions.map((session) => (
        <li key={session.id} className="card">
          <p className="tag">{t(`sessionKind.${session.kind}`)}</p>
          <h3 className="session-title">{session.title}</h3>
          {session.subtitle && <p className="subtitle">{session.subtitle}</p>}
          {session.speakers.length > 0 && (
            <ul className="speakers" aria-label={t("region.speakers")}>
              {session.speakers.map((speaker) => (
                <li key={speaker.name}>
                  <span className="speaker-name">{speaker.name}</span>
                  {(speaker.affiliation || speaker.title) && (
                    <span className="speaker-role">
                      {[speaker.affiliation, speaker.title].filter(Boolean).join(" ")}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
