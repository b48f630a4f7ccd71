/**
 * One chunk for the first view. Rolldown keeps a module that the entry and a lazy chunk both
 * import in a common chunk of its own rather than in the entry, so the page preloaded a dozen
 * small files (the store, the selectors, React's runtime…), each compressed on its own. This
 * groups every module the entry reaches by static imports into one chunk, which the entry loads
 * at once; lazy chunks import from it. Modules only lazy chunks reach are split as before.
 */
import type { Plugin } from 'vite';

interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

export function firstViewChunk(): Plugin {
  // Per build: whether a module is reached from an entry by static imports alone.
  let reached = new Map<string, boolean>();

  function fromEntry(id: string, graph: ModuleGraph): boolean {
    const known = reached.get(id);
    if (known !== undefined) return known;
    const seen = new Set([id]);
    const queue = [id];
    let found = false;
    while (queue.length > 0 && !found) {
      const info = graph.getModuleInfo(queue.shift()!);
      if (!info) continue;
      found = info.isEntry;
      for (const importer of info.importers) {
        if (!seen.has(importer)) {
          seen.add(importer);
          queue.push(importer);
        }
      }
    }
    reached.set(id, found);
    return found;
  }

  return {
    name: 'first-view-chunk',
    apply: 'build',
    buildStart() {
      reached = new Map();
    },
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [{ name: (id, graph) => (fromEntry(id, graph) ? 'first-view' : null) }],
            },
          },
        },
      },
    }),
  };
}
