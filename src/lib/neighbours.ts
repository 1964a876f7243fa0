// Previous and next document within a list ordered newest first.

export interface Neighbours<D> {
  /** The next older document. */
  older?: D;
  /** The next newer document. */
  newer?: D;
}

export function neighbours<D extends { id: string }>(list: readonly D[], id: string): Neighbours<D> {
  const at = list.findIndex((d) => d.id === id);
  if (at < 0) return {};
  return { newer: list[at - 1], older: list[at + 1] };
}
