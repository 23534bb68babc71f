import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchFirstScreen } from './firstScreen';
import { initialLocale, setDocumentLanguage } from './i18n/locale';

setDocumentLanguage(initialLocale());
prefetchFirstScreen(window.location);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
