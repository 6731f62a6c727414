import type { IdempotentProcedure } from "@kyoso/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import type { OutboxItem } from "../../../lib/outbox/logic";
import { sendItem, sendOutbox } from "../../../lib/outbox/send";
import { onOutboxChange, outboxItems } from "../../../lib/outbox/store";
import { useTRPC, useTRPCClient } from "../../../lib/trpc";

/** The person's outbox, in the order saved, kept current as writes are added, sent or discarded. */
export function useOutboxItems(userId: string): OutboxItem[] {
  const [items, setItems] = useState<OutboxItem[]>([]);
  useEffect(() => {
    let live = true;
    const load = () =>
      void outboxItems().then((all) => {
        if (!live) return;
        setItems(
          all
            .filter((item) => item.userId === userId)
            .sort((a, b) => a.queuedAt - b.queuedAt || a.key.localeCompare(b.key)),
        );
      });
    load();
    const stop = onOutboxChange(load);
    return () => {
      live = false;
      stop();
    };
  }, [userId]);
  return items;
}

/**
 * Sends the outbox when asked, at start and whenever the browser says the network is back; then refreshes
 * what the sent writes change on screen.
 */
export function useOutboxSender(userId: string): { send: () => Promise<void>; sending: boolean } {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [sending, setSending] = useState(false);

  const send = useCallback(async () => {
    setSending(true);
    try {
      const sent = await sendOutbox(userId, (item) => sendItem(client, item));
      const filters: Record<IdempotentProcedure, { queryKey: readonly unknown[] }[]> = {
        "meeting.create": [
          trpc.meeting.pathFilter(),
          trpc.timeline.pathFilter(),
          trpc.task.pathFilter(),
          trpc.region.pathFilter(),
        ],
        "timeline.createNote": [trpc.timeline.pathFilter()],
        "timeline.updateNote": [trpc.timeline.pathFilter()],
        "task.setStatus": [trpc.task.pathFilter(), trpc.overview.pathFilter(), trpc.region.pathFilter()],
      };
      const refresh = new Set(sent.flatMap((item) => filters[item.procedure]));
      await Promise.all([...refresh].map((filter) => queryClient.invalidateQueries(filter)));
    } finally {
      setSending(false);
    }
  }, [client, queryClient, trpc, userId]);

  useEffect(() => {
    void send();
    const online = () => void send();
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [send]);

  return { send, sending };
}
