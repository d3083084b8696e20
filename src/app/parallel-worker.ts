/**
 * A worker thread of the streaming engine (app/parallel.ts): reads and evaluates the one
 * byte range it is given, posts its running counts while it reads and its state at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { holidayLibraryLoaded } from '../shared/holidays.js';
import { SourceError } from '../leads/sources/index.js';
import { readShare, transferables, type ShareJob } from './parallel.js';

const port = parentPort;
if (port === null) throw new Error('parallel-worker: not started as a worker thread');
const started = performance.now();
try {
  const result = await readShare(workerData as ShareJob, (rows, bytes) => port.postMessage({ progress: { rows, bytes } }));
  if (process.env['REVPACT_PARALLEL_TRACE'] === '1')
    process.stderr.write(
      `revpact parallel: worker read its share in ${((performance.now() - started) / 1000).toFixed(3)} s, ${holidayLibraryLoaded() ? 'with date-holidays loaded' : 'without loading date-holidays'}\n`,
    );
  port.postMessage({ result }, transferables(result));
} catch (e) {
  // A fault of the input is posted as such, so that the thread that started this one can tell it from a failure of its own.
  port.postMessage(
    e instanceof SourceError
      ? { error: `${e.name}: ${e.message}`, sourceError: { message: e.message, file: e.file } }
      : { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) },
  );
}
