/** Pull's writer of a directory layer's files (its own module: not part of core's public API). */
import { mkdir } from 'node:fs/promises';
import { FILES_AT_ONCE, writeWhole } from '../files.js';

/**
 * The files of a directory layer, written behind the tar walk: a small file's bytes are taken whole and
 * written while the walk goes on, up to FILES_AT_ONCE at a time (one file after another, its open,
 * write and close each a round trip to the thread pool, left the walk waiting most of the time).
 * Directories made are remembered, so each is made once. A failed write is thrown at the next entry
 * or at the end; every write has ended before the staging folder is removed.
 */
export class BehindWrites {
  private readonly made = new Set<string>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private failure: { error: unknown } | undefined;

  /** `write`: how one file is written whole (tests pass their own to hold writes back). */
  constructor(
    staging: string,
    private readonly write: (file: string, bytes: Buffer, mode: number) => Promise<void> = writeWhole,
  ) {
    this.made.add(staging);
  }

  /** Throws the first write that failed. */
  check(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }

  async directory(dir: string): Promise<void> {
    if (this.made.has(dir)) return;
    await mkdir(dir, { recursive: true, mode: 0o755 });
    this.made.add(dir);
  }

  /** Waits for a write of `file` still under way. */
  async settled(file: string): Promise<void> {
    await this.inFlight.get(file);
  }

  /** Starts writing `bytes` as `file`; waits first while FILES_AT_ONCE writes are under way. */
  async whole(file: string, bytes: Buffer, mode: number): Promise<void> {
    while (this.inFlight.size >= FILES_AT_ONCE) await Promise.race(this.inFlight.values());
    this.check();
    const write = this.write(file, bytes, mode).then(
      () => void this.inFlight.delete(file),
      (error: unknown) => {
        this.failure ??= { error };
        this.inFlight.delete(file);
      },
    );
    this.inFlight.set(file, write);
  }

  /** Every write ended; throws the first that failed. */
  async drain(): Promise<void> {
    await this.settle();
    this.check();
  }

  /** Every write ended, failed or not. */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight.values());
  }
}
