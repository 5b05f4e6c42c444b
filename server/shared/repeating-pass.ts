/**
 * Runs `pass` every `everyMs` (and at once, unless `atStart` is false), never two at a time: a
 * tick that finds the last pass still running is skipped. A failed pass is told to `onError` and
 * the next tick tries again. The timer never keeps the process alive. Returns how to stop it.
 */
export function repeatPass(pass: () => Promise<void>, everyMs: number, onError: (message: string) => void, atStart = true): () => void {
  let running = false;
  const tick = (): void => {
    if (running) return;
    running = true;
    pass()
      .catch((error: unknown) => onError(error instanceof Error ? error.message : String(error)))
      .finally(() => {
        running = false;
      });
  };
  if (atStart) tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
