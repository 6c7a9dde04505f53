import type { FastifyInstance } from 'fastify';

/** How long requests already under way get to finish before their connections are cut. */
const GRACE_MS = 1000;
/** How long what else the helper started (the browser, a build) gets to close before the exit. */
const ALSO_CLOSE_GRACE_MS = 2000;
/** How often to check that the process that started the helper is still there. */
const PARENT_CHECK_MS = 250;
/**
 * Read when the helper starts, not when it has finished starting: if npm's shell dies during a
 * slow start, the helper is already an orphan by the time it listens, and must still notice.
 */
const STARTED_BY = process.ppid;

export interface Shutdown {
  /**
   * Also close this when the helper stops, alongside the portal and before the database closes
   * and the process exits. Returns a function that takes it off the list (once it has closed by
   * itself). Each gets at most two seconds.
   */
  alsoClose(close: () => Promise<void> | void): () => void;
}

/**
 * Closes the servers (the portal, the trainer console), then the database, and exits, when asked:
 * SIGINT (Ctrl-C), SIGTERM, SIGHUP
 * (the terminal closed), or when the process that started the helper goes away.
 *
 * The last one is for `npm start`: npm passes a signal only to its own child, the shell that runs
 * the start script, and Debian's dash does not exec the script's last command, so the shell dies
 * of the signal and the helper, a grandchild, would be left listening. The same goes for what the
 * helper starts in its own process group (the browser), which no terminal signal reaches: it is
 * closed through `alsoClose` on every one of these paths.
 */
export function closeWhenAsked(servers: FastifyInstance | readonly FastifyInstance[], database: { close(): void }): Shutdown {
  const all: readonly FastifyInstance[] = Array.isArray(servers) ? servers : [servers];
  const extras = new Set<() => Promise<void> | void>();
  let closing = false;
  const close = async (reason: string) => {
    // Later signals change nothing: npm forwards its copy of a Ctrl-C the helper has already had
    // from the terminal, and the close below is bounded, so waiting cannot hang.
    if (closing) return;
    closing = true;
    console.log(`\n${reason}: closing the portal${all.length > 1 ? ' and the trainer console' : ''}, then the database.`);
    // Fastify closes idle keep-alive connections at once; a request under way gets a moment to
    // finish, and a client that never finishes its request cannot hold the database open. The
    // servers close side by side, so two take no longer than one.
    const serversClosed = all.map(async (server) => {
      const closed = await Promise.race([
        server.close().then(() => true, () => true),
        new Promise<boolean>((resolve) => setTimeout(resolve, GRACE_MS, false)),
      ]);
      if (!closed) server.server.closeAllConnections();
    });
    // One that fails or hangs must not keep the database open: it gets its time, then the exit.
    const othersClosed = [...extras].map((closeOther) => Promise.race([
      Promise.resolve().then(closeOther).catch((error: unknown) => { console.error(`Could not close cleanly: ${error instanceof Error ? error.message : String(error)}`); }),
      new Promise((resolve) => setTimeout(resolve, ALSO_CLOSE_GRACE_MS)),
    ]));
    await Promise.all([...serversClosed, ...othersClosed]);
    try {
      database.close();
    } catch (error) {
      console.error(`The database did not close cleanly: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
    // Exit at once: a request handler that wakes after this must not find a closed database.
    process.exit(0);
  };

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => { void close(signal); });

  // Started by init (a deliberate daemon), there is no parent to outlive.
  if (STARTED_BY !== 1) {
    setInterval(() => {
      if (process.ppid !== STARTED_BY) void close('The process that started the helper has gone');
    }, PARENT_CHECK_MS).unref();
  }

  return {
    alsoClose(closeOther) {
      extras.add(closeOther);
      return () => { extras.delete(closeOther); };
    },
  };
}
