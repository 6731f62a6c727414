/**
 * Answers kept while the data they were computed from is unchanged: each is stored with the data version it
 * was read at (a counter the database bumps at the commit of every write to the tables involved), and is
 * served only while the database still reports that version. A new version drops every entry at once.
 */
export class VersionedCache<V> {
  private version: string | null = null;
  private readonly entries = new Map<string, V>();

  constructor(private readonly maxEntries = 256) {}

  /** Whether an answer is kept for `key` at all (at whatever version): worth checking the version then. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(version: string, key: string): V | undefined {
    if (version !== this.version) return undefined;
    return this.entries.get(key);
  }

  set(version: string, key: string, value: V): void {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    // Keys are few (today × role scope); a flood of distinct scopes only costs a refill.
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, value);
  }
}
