import { lazy, Suspense } from 'react';
import { useApp } from '../shared/store-context.ts';
import { Loading } from '../shared/Loading.tsx';
// See FactTableLayer: the stylesheets keep their place in the page's cascade.
import '../review/review.css';
import './reader.css';

// The reader (and the review tools inside it) loads when an article is first opened.
const ArticleReader = lazy(() => import('./ArticleReader.tsx').then((m) => ({ default: m.ArticleReader })));

/** The article reader when an article is open (from a card, the table or an `?article=` link). */
export function ArticleReaderLayer() {
  const open = useApp((s) => s.article !== null);
  if (!open) return null;
  return (
    <Suspense fallback={<Loading what="the article" />}>
      <ArticleReader />
    </Suspense>
  );
}
