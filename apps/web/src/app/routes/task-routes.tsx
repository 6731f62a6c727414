import { useParams, useSearch } from "@tanstack/react-router";
import { BoardPage } from "../../features/tasks/components/board-page";
import { TaskDetailPage } from "../../features/tasks/components/task-detail-page";
import { TasksPage } from "../../features/tasks/components/tasks-page";

export function TasksRoute() {
  const search = useSearch({ from: "/_signedIn/tasks" });
  return <TasksPage search={search} />;
}

export function BoardRoute() {
  return <BoardPage />;
}

export function TaskRoute() {
  const { taskId } = useParams({ from: "/_signedIn/tasks/$taskId" });
  return <TaskDetailPage taskId={taskId} />;
}
