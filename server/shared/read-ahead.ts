/**
 * Works through `items` one at a time, reading the next item while the current one is used: the
 * database answers a read on one core while it commits the last item's writes on the other. At most
 * two reads' results are held at once. A failed read is thrown where its item's turn comes; when
 * `use` fails, the read under way is let go and the error passed on.
 */
export async function withReadAhead<T, R>(
  items: readonly T[],
  read: (item: T) => Promise<R>,
  use: (item: T, value: R) => Promise<void>,
): Promise<void> {
  let ahead = start(items[0], read);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const value = await (ahead as Promise<R>);
    ahead = start(items[i + 1], read);
    await use(item, value);
  }
}

function start<T, R>(item: T | undefined, read: (item: T) => Promise<R>): Promise<R> | undefined {
  if (item === undefined) return undefined;
  const reading = read(item);
  // Awaited on its turn; until then a rejection must not count as unhandled.
  reading.catch(() => undefined);
  return reading;
}
