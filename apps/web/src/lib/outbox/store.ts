import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import { enqueue, type OutboxItem } from "./logic";

// The outbox lives in this browser's IndexedDB: it outlasts a closed tab and a phone restart, which memory or
// sessionStorage would not. It may hold typed text about people's health, so it is emptied on sign-out.

interface OutboxSchema extends DBSchema {
  items: { key: string; value: OutboxItem };
}

const DATABASE = "kyoso-outbox";
let opened: Promise<IDBPDatabase<OutboxSchema>> | undefined;

function database() {
  opened ??= openDB<OutboxSchema>(DATABASE, 1, {
    upgrade(db) {
      db.createObjectStore("items", { keyPath: "key" });
    },
  });
  return opened;
}

/** Tells this tab's screens, and other tabs of the app, that the outbox changed. */
const changes = new EventTarget();
const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(DATABASE) : null;
channel?.addEventListener("message", () => changes.dispatchEvent(new Event("change")));

function changed() {
  changes.dispatchEvent(new Event("change"));
  channel?.postMessage("change");
}

export function onOutboxChange(listener: () => void): () => void {
  changes.addEventListener("change", listener);
  return () => changes.removeEventListener("change", listener);
}

export async function outboxItems(): Promise<OutboxItem[]> {
  return (await database()).getAll("items");
}

/** Adds a write (joining a waiting change of the same record, see `enqueue`), in one transaction. */
export async function addToOutbox(item: OutboxItem): Promise<void> {
  const db = await database();
  const tx = db.transaction("items", "readwrite");
  const before = await tx.store.getAll();
  const after = enqueue(before, item);
  const kept = new Set(after.map((i) => i.key));
  await Promise.all([
    ...before.filter((i) => !kept.has(i.key)).map((i) => tx.store.delete(i.key)),
    ...after.filter((i) => !before.includes(i)).map((i) => tx.store.put(i)),
    tx.done,
  ]);
  changed();
}

export async function putOutboxItem(item: OutboxItem): Promise<void> {
  await (await database()).put("items", item);
  changed();
}

export async function removeFromOutbox(key: string): Promise<void> {
  await (await database()).delete("items", key);
  changed();
}

/** Forgets every waiting write: on sign-out, so the next person on this phone never sees or sends them. */
export async function clearOutbox(): Promise<void> {
  await (await database()).clear("items");
  changed();
}
