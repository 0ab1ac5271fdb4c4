/**
 * Worker-thread entry of the import (see page-worker-pool.ts): decodes and reads the pages it is
 * sent, in the order sent, filing their stories under topics when the job asks. The gazetteer is
 * loaded once, while the first files are still being read.
 */
import { parentPort } from 'node:worker_threads';
import { loadGazetteer } from '../enrich';
import { readPage, readPageWithoutTopics } from '../page';
import { pageFromBytes, reasonOf } from './page-from-bytes';
import type { PageJob, PageJobResult } from './page-worker-pool';

const port = parentPort;
if (!port) throw new Error('page-worker runs only as a worker thread');

try {
  loadGazetteer();
} catch {
  // Reading each page reports the missing gazetteer as that file's error, as an import in one thread does.
}

port.on('message', (job: PageJob) => {
  let result: PageJobResult;
  try {
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    if (job.topics) {
      const { page, encoding } = pageFromBytes(bytes, job.file, readPage);
      result = { id: job.id, page, encoding };
    } else {
      const { page, encoding } = pageFromBytes(bytes, job.file, readPageWithoutTopics);
      result = { id: job.id, withoutTopics: page, encoding };
    }
  } catch (err) {
    result = { id: job.id, reason: reasonOf(err) };
  }
  port.postMessage(result);
});
