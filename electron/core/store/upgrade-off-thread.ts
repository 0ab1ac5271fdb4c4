import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { startCoreWorker } from '../worker-thread';
import { SCHEMA_VERSION, type UpgradeProgress } from './migrations';
import { DamagedLibraryError, NewerLibraryError } from './open';

export interface UpgradeWorkerData {
  file: string;
  nativeBinding?: string;
}

/** What the upgrade worker tells the thread that started it. */
export type UpgradeMessage =
  | { type: 'progress'; version: number; done: number; total: number }
  | { type: 'done' }
  | { type: 'damaged'; reason: string }
  | { type: 'newer'; version: number }
  | { type: 'failed'; message: string };

/** The upgrade did not run to its end for a reason of its own (not the library's); the file is as it was. */
export class UpgradeWorkerError extends Error {
  override name = 'UpgradeWorkerError';
}

/** Set by scripts/build-app.ts in bundles: the worker's own bundle (see startCoreWorker). */
declare const BROADSHEET_UPGRADE_WORKER: string | undefined;

/**
 * The schema versions an existing library file would be upgraded between, or null when it needs
 * no upgrade or cannot be read at all (opening it then says why).
 */
export function pendingUpgrade(file: string, nativeBinding?: string): { from: number; to: number } | null {
  if (!existsSync(file)) return null;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    try {
      const from = db.pragma('user_version', { simple: true }) as number;
      return from > 0 && from < SCHEMA_VERSION ? { from, to: SCHEMA_VERSION } : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/**
 * Checks and upgrades a library file in a worker thread: rebuilding the index of a large library
 * takes many seconds, during which the calling thread must keep a window or a web host answering.
 * Rejects with DamagedLibraryError or NewerLibraryError as opening would, and with
 * UpgradeWorkerError when the worker itself failed (each migration is one transaction, so the
 * file then keeps its version and can be upgraded by opening it).
 */
export function upgradeOffThread(file: string, options: { nativeBinding?: string; onProgress?: UpgradeProgress } = {}): Promise<void> {
  const data: UpgradeWorkerData = { file, nativeBinding: options.nativeBinding };
  return new Promise((resolve, reject) => {
    let worker;
    try {
      worker = startCoreWorker(
        typeof BROADSHEET_UPGRADE_WORKER === 'string' ? BROADSHEET_UPGRADE_WORKER : undefined,
        new URL('./upgrade-worker.ts', import.meta.url).href,
        data,
      );
    } catch (err) {
      reject(new UpgradeWorkerError(`the upgrade worker could not start: ${err instanceof Error ? err.message : String(err)}`));
      return;
    }
    let settled = false;
    const settle = (outcome: Error | null) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (outcome) reject(outcome);
      else resolve();
    };
    worker.on('message', (message: UpgradeMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.version, message.done, message.total);
      else if (message.type === 'done') settle(null);
      else if (message.type === 'damaged') settle(new DamagedLibraryError(file, message.reason));
      else if (message.type === 'newer') settle(new NewerLibraryError(file, message.version));
      else settle(new UpgradeWorkerError(message.message));
    });
    worker.on('error', (err) => settle(new UpgradeWorkerError(`the upgrade worker failed: ${err.message}`)));
    worker.on('exit', (code) => settle(new UpgradeWorkerError(`the upgrade worker stopped (exit code ${code}) before it finished`)));
  });
}
