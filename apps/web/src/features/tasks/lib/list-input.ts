import type { RouterInputs } from "../../../lib/api-types";
import { DEFAULT_PAGE_SIZE, type TaskSearch } from "./task-search";

type ListInput = RouterInputs["task"]["list"] &
  Required<Pick<RouterInputs["task"]["list"], "sort" | "direction" | "page" | "pageSize">>;

/** The task.list input for what the address asks for. */
export function listInputOf(search: TaskSearch): ListInput {
  return {
    statuses: search.status,
    regionId: search.region,
    assigneeId: search.mine ? undefined : search.assignee,
    mine: search.mine,
    dueFrom: search.from,
    dueTo: search.to,
    text: search.q,
    sort: search.sort ?? "dueOn",
    direction: search.dir ?? "asc",
    page: search.page ?? 1,
    pageSize: search.size ?? DEFAULT_PAGE_SIZE,
  };
}
