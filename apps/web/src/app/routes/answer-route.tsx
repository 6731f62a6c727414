import { useParams } from "@tanstack/react-router";
import { AnswerPage } from "../../features/surveys/components/answer-page";

/** The public answer page: outside the sign-in gate and the dashboard frame, in a chunk of its own. */
export function AnswerRoute() {
  const { token } = useParams({ from: "/answer/$token" });
  return <AnswerPage token={token} />;
}
