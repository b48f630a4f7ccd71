/**
 * Test harness for scripts/ingest-cli.test.ts (not a tool): writes data files through the CLI's
 * atomic writer, with the CLI's exit handlers, and stops for good after the third file, printing
 * "writing", so the test can kill it mid-write with any signal.
 *
 *   node --import tsx scripts/ingest-write-harness.ts OUT_DIR
 */
import { installExitCleanup, writeFolderAtomically } from './ingest-cli';

const out = process.argv[2];
if (!out) throw new Error('usage: ingest-write-harness.ts OUT_DIR');
installExitCleanup();
const files = Array.from({ length: 20 }, (_, i) => ({ path: `text/${i}.json`, content: `"${'x'.repeat(100_000)}"` }));
await writeFolderAtomically(out, files, {
  afterFile: async (written) => {
    if (written < 3) return;
    process.stdout.write('writing\n');
    // Never settles; the interval keeps the process alive until the test kills it.
    await new Promise(() => setInterval(() => {}, 1000));
  },
});
