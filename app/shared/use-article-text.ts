import { useEffect } from 'react';
import type { Load } from '../../src/state/store.ts';
import { useApp, useAppStoreApi } from './store-context.ts';
import { loadArticleText } from './load-data.ts';

/** An article's text, fetched the first time a component asks for it. */
export function useArticleText(articleId: string | null | undefined): Load<string> | null {
  const store = useAppStoreApi();
  const text = useApp((s) => (articleId ? s.texts.get(articleId) ?? null : null));
  useEffect(() => {
    if (articleId && !store.getState().texts.has(articleId)) void loadArticleText(store, articleId);
  }, [articleId, store]);
  return text;
}
