import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './shared/ui-fonts.css';
import './styles.css';
import { createAppStore } from '../src/state/store.ts';
import { StoreContext } from './shared/store-context.ts';
import { App } from './App.tsx';
import './responsive.css';
import { startApp } from './shared/start-app.ts';

const store = createAppStore();
startApp(store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
