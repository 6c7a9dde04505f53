import { fork } from 'node:child_process';
import type { CallMessage, CallName, ReadyMessage, ReplyMessage, TargetCalls, TargetRole } from './protocol.js';

export interface Target {
  port: number;
  call<K extends CallName>(call: K, input: TargetCalls[K]['input']): Promise<TargetCalls[K]['output']>;
  /** Closes the server (and the helper's database and temp folder), and waits for the process to end. */
  stop(): Promise<void>;
}

/** Forks bench/load/target.ts as `role` and waits until it listens. */
export async function startTarget(role: TargetRole): Promise<Target> {
  const child = fork(new URL('./target.ts', import.meta.url), [role], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const pending = new Map<number, { resolve(output: unknown): void; reject(error: Error): void }>();
  let nextId = 1;

  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: ReadyMessage) => { resolve(message.port); });
    void exited.then((code) => { reject(new Error(`the ${role} target exited (${String(code)}) before it listened`)); });
  });
  child.on('message', (message: ReplyMessage) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiting?.resolve(message.output);
    else waiting?.reject(new Error(`the ${role} target failed: ${message.error}`));
  });
  void exited.then((code) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`the ${role} target exited (${String(code)})`));
  });

  return {
    port,
    call: (call, input) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        const message: CallMessage = { id, call, input };
        child.send(message);
      }),
    async stop() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
