import type { Boundaries } from '../../src/geo/boundaries.ts';
import type { ArticleInput, Extracted } from '../../src/reviews/extract.ts';
import type { ExtractReply, ExtractRequest } from './ingest.worker.ts';

let worker: Worker | null = null;
let nextId = 1;

function getWorker(): Worker {
  worker ??= new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' });
  return worker;
}

/** Runs the ingest on the inputs in the worker; `onProgress` hears after each article. */
export function extractInWorker(inputs: readonly ArticleInput[], boundaries: Boundaries, onProgress?: (done: number, total: number) => void): Promise<Extracted[]> {
  if (inputs.length === 0) return Promise.resolve([]);
  const w = getWorker();
  const id = nextId++;
  const neighbours = [...boundaries.neighbours].map(([code, set]) => [code, [...set]] as [string, string[]]);
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<ExtractReply>) => {
      if (e.data.id !== id) return;
      if (e.data.kind === 'progress') onProgress?.(e.data.done, e.data.total);
      else {
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        resolve(e.data.results);
      }
    };
    const onError = (e: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      worker?.terminate();
      worker = null;
      reject(new Error(`the extraction worker failed: ${e.message || 'it could not start'}`));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, neighbours, inputs: [...inputs] } satisfies ExtractRequest);
  });
}
