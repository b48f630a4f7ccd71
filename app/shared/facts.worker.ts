/**
 * Web Worker entry: decodes facts.json into the page's columns off the main thread, and adds up
 * the sums the first view reads. At a thousand articles the parse, the check of every fact and
 * the sums are a few hundred milliseconds of work that would otherwise share the main thread
 * with the map's first frames.
 */
import { decodeFactColumns } from '../../src/model/data-files.ts';
import { transferables, type FactColumnsParts } from '../../src/model/fact-columns.ts';
import { firstViewSums, type FirstViewSums } from '../../src/selectors/first-view-sums.ts';

export interface DecodeRequest {
  /** The file as fetched, so the page's own request (and anything routing it) stays the one that counts. */
  bytes: ArrayBuffer;
  /** The file's path, for messages. */
  path: string;
}

export type DecodeReply = { ok: true; parts: FactColumnsParts; sums: FirstViewSums } | { ok: false; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<DecodeRequest>) => void) | null; postMessage: (m: DecodeReply, transfer?: Transferable[]) => void };

scope.onmessage = (e) => {
  const { bytes, path } = e.data;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    scope.postMessage({ ok: false, message: `${path}: not valid JSON` });
    return;
  }
  try {
    const data = decodeFactColumns(value);
    const parts = data.toParts();
    scope.postMessage({ ok: true, parts, sums: firstViewSums(data) }, transferables(parts));
  } catch (err) {
    scope.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
