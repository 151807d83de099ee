/**
 * Answers that are costly to make and the same for everybody who asks for the same key (a card's
 * PDF: about 200 ms of CPU on the one thread; a search's hits), kept in memory. Bounded by count,
 * the least recently used leaving first, so a crawler walking every card or trying every query
 * cannot fill the memory. Requests that arrive while a value is being made wait for that one
 * instead of starting another.
 */
export type KeptCache<V> = {
  /** The value under `key`, rendered by `render` when it is not kept (a failed rendering is not kept). */
  get: (key: string, render: () => Promise<V>) => Promise<V>;
  /** Drops everything (an edition changed). */
  clear: () => void;
  readonly size: number;
};

export function createKeptCache<V>(maxEntries: number): KeptCache<V> {
  // A Map iterates in insertion order: re-inserting on each hit keeps the least recent first.
  const entries = new Map<string, Promise<V>>();
  return {
    get(key, render) {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const made = render();
      entries.set(key, made);
      made.catch(() => {
        if (entries.get(key) === made) entries.delete(key);
      });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return made;
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
