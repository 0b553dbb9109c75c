import { Worker } from 'node:worker_threads';

interface Pending {
  resolve: (rows: unknown[]) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Read-only SQLite connections on worker threads. better-sqlite3 is synchronous, so a heavy
 * read (a broad full-text search) on the main connection would stall every other request;
 * here it runs beside the event loop, and WAL mode lets these readers work while the main
 * connection writes.
 */
export class SqliteReadPool {
  private readonly slots: Slot[];
  private nextId = 1;

  constructor(file: string, size: number) {
    this.slots = Array.from({ length: size }, () => this.spawn(file));
  }

  private spawn(file: string): Slot {
    const worker = new Worker(new URL('./read-worker.mjs', import.meta.url), { workerData: { file } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on(
      'message',
      (msg: { id: number; rows?: unknown[]; error?: { message: string; code?: string } }) => {
        const p = slot.pending.get(msg.id);
        if (!p) return;
        slot.pending.delete(msg.id);
        if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
        else p.resolve(msg.rows ?? []);
      },
    );
    worker.on('error', (err) => {
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
    });
    worker.unref();
    return slot;
  }

  /** Runs one SELECT on the least busy reader. */
  all<R>(sql: string, params: readonly unknown[]): Promise<R[]> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise<R[]>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
      slot.worker.postMessage({ id, sql, params });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
