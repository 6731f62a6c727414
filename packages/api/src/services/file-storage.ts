import { type DB, insertFileChunk, readFileChunk } from "@kyoso/db";

/**
 * Where file content lives. The default keeps it in PostgreSQL (table file_chunk), so every server behind a load
 * balancer reads what any of them wrote and a database backup holds the files too. Content is written and read
 * one chunk (up to FILE_CHUNK_BYTES) at a time; removing a file's row removes its content with it.
 */
export interface FileStorage {
  putChunk(fileId: string, seq: number, data: Uint8Array): Promise<void>;
  /** The chunk at `seq` (from 0), or undefined past the end. */
  getChunk(fileId: string, seq: number): Promise<Uint8Array | undefined>;
}

export function databaseFileStorage(db: DB): FileStorage {
  return {
    putChunk: (fileId, seq, data) => insertFileChunk(db, fileId, seq, data),
    getChunk: (fileId, seq) => readFileChunk(db, fileId, seq),
  };
}

/** A file's content, chunk by chunk, never more than one chunk in memory. */
export async function* readChunks(storage: FileStorage, fileId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq += 1) {
    const chunk = await storage.getChunk(fileId, seq);
    if (!chunk) return;
    yield chunk;
  }
}

/** Cuts a stream of pieces of any size into chunks of exactly `size` bytes (the last one shorter). */
export async function* rechunk(source: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of source) {
    pending.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
    pendingBytes += piece.byteLength;
    while (pendingBytes >= size) {
      const joined = Buffer.concat(pending, pendingBytes);
      yield joined.subarray(0, size);
      pending = pendingBytes > size ? [joined.subarray(size)] : [];
      pendingBytes -= size;
    }
  }
  if (pendingBytes > 0) yield Buffer.concat(pending, pendingBytes);
}
