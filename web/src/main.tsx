import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadInitialDictionary } from './i18n';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  // The page's language is loaded before the first render, so every label is there at once.
  void loadInitialDictionary().then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
