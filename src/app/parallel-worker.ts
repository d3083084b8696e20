/**
 * A worker thread of the streaming engine (app/parallel.ts): reads and evaluates the one
 * byte range it is given, posts its running counts while it reads and its state at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readShare, transferables, type ShareJob } from './parallel.js';

const port = parentPort;
if (port === null) throw new Error('parallel-worker: not started as a worker thread');
try {
  const result = await readShare(workerData as ShareJob, (rows, bytes) => port.postMessage({ progress: { rows, bytes } }));
  port.postMessage({ result }, transferables(result));
} catch (e) {
  port.postMessage({ error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
}
