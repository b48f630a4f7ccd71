import { lazy, Suspense } from 'react';
import { useApp } from '../shared/store-context.ts';
import { Loading } from '../shared/Loading.tsx';
// Imported here, not only by the table: a stylesheet that arrived with the lazy chunk would come
// after responsive.css in the page and win ties the static order decides today.
import '../review/review.css';
import './table.css';

// Most visits never open the table: its code (sorting, paging, review columns) loads on first open.
const FactTable = lazy(() => import('./FactTable.tsx').then((m) => ({ default: m.FactTable })));

/** The table of facts when it is open (from its button or a `?table=1` link). */
export function FactTableLayer() {
  const open = useApp((s) => s.table);
  if (!open) return null;
  return (
    <Suspense fallback={<Loading what="the table of facts" />}>
      <FactTable />
    </Suspense>
  );
}
