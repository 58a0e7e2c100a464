/** Worker entry: parses returns sent by the pool (see parse-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { readAndParse } from './parse-job';

parentPort?.on('message', (m: { id: number; bytes: Uint8Array; name: string; areas: never }) => {
  parentPort!.postMessage({ id: m.id, out: readAndParse(m.bytes, m.name, m.areas) });
});
