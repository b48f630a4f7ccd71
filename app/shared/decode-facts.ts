import { decodeFactColumnsInSlices } from '../../src/model/data-files.ts';
import { FactColumns } from '../../src/model/fact-columns.ts';
import { firstViewSums, seedFirstViewSums } from '../../src/selectors/first-view-sums.ts';
import type { DecodeReply, DecodeRequest } from './facts.worker.ts';

/** Resolves in a later task, so input and the map's frames can run between two slices of work. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The worker could not run at all (not a bad file): the page decodes on its own thread instead. */
class WorkerUnavailable extends Error {}

function inWorker(request: DecodeRequest): Promise<FactColumns> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./facts.worker.ts', import.meta.url), { type: 'module', name: 'facts' });
    } catch (err) {
      reject(new WorkerUnavailable(String(err)));
      return;
    }
    worker.onmessage = (e: MessageEvent<DecodeReply>) => {
      worker.terminate();
      if (!e.data.ok) {
        reject(new Error(e.data.message));
        return;
      }
      const data = FactColumns.fromParts(e.data.parts);
      seedFirstViewSums(data, e.data.sums);
      resolve(data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new WorkerUnavailable(e.message || 'the worker could not start'));
    };
    // A copy, not a transfer: should the worker fail to start, the bytes are still here.
    worker.postMessage(request);
  });
}

/**
 * facts.json's bytes → the page's columns, decoded and checked in a worker with the first view's
 * sums; where a worker cannot run, on this thread in slices (with the same checks and the same
 * messages), the sums in a task of their own.
 */
export async function decodeFacts(bytes: ArrayBuffer, path: string): Promise<FactColumns> {
  try {
    return await inWorker({ bytes, path });
  } catch (err) {
    if (!(err instanceof WorkerUnavailable)) throw err;
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Error(`${path}: not valid JSON`);
  }
  const data = await decodeFactColumnsInSlices(value, nextTask);
  await nextTask();
  firstViewSums(data);
  return data;
}
