// Last-resort cleanup on Ctrl-C or SIGTERM for the browsers and builds the benchmark starts.
// They run in their own process groups, so an interrupt sent to the terminal would not reach them.
type Cleanup = () => Promise<void> | void;

const pending = new Set<Cleanup>();
let installed = false;
let interrupted = false;

/** True once Ctrl-C or SIGTERM arrived: nothing new (browser, build) should start after that. */
export function isInterrupted(): boolean {
  return interrupted;
}

/** Registers `fn` to run if the process is interrupted; returns a function that unregisters it. */
export function onInterrupt(fn: Cleanup): () => void {
  pending.add(fn);
  return () => {
    pending.delete(fn);
  };
}

/** Installs the SIGINT/SIGTERM handlers once: run every registered cleanup (bounded), then exit. */
export function installInterruptHandlers(): void {
  if (installed) return;
  installed = true;
  const handle = (signal: NodeJS.Signals): void => {
    interrupted = true;
    console.error(`\n${signal}: stopping browsers and builds…`);
    const all = Promise.allSettled([...pending].map(async (fn) => fn()));
    const limit = new Promise((resolve) => setTimeout(resolve, 5_000).unref());
    void Promise.race([all, limit]).finally(() => process.exit(130));
  };
  process.once('SIGINT', handle);
  process.once('SIGTERM', handle);
}
