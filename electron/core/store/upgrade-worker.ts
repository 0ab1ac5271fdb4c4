/**
 * Worker-thread entry of upgradeOffThread: opens the library file, which checks and upgrades it,
 * and says how far the upgrade has come, so that the thread that started it stays free to show so.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DamagedLibraryError, NewerLibraryError, openDatabase } from './open';
import type { UpgradeMessage, UpgradeWorkerData } from './upgrade-off-thread';

const port = parentPort;
if (!port) throw new Error('upgrade-worker runs only as a worker thread');
const { file, nativeBinding } = workerData as UpgradeWorkerData;
const say = (message: UpgradeMessage) => port.postMessage(message);

try {
  openDatabase(file, { nativeBinding, onUpgradeProgress: (version, done, total) => say({ type: 'progress', version, done, total }) }).close();
  say({ type: 'done' });
} catch (err) {
  if (err instanceof DamagedLibraryError) say({ type: 'damaged', reason: err.reason });
  else if (err instanceof NewerLibraryError) say({ type: 'newer', version: err.version });
  else say({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}
