/**
 * Whether this browser may hold the user's own work, asked without loading the code that reads it
 * and without opening (and so creating) the database: most visitors have none.
 */

export const LOCAL_DB_NAME = 'eastern-flank-map';

export async function mayHaveLocalWork(): Promise<boolean> {
  // Without IndexedDB, or without a way to list databases (Firefox before 126), the reader runs and
  // says what it finds, as it always did.
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === LOCAL_DB_NAME);
  } catch {
    return true;
  }
}
