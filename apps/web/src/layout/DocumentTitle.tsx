import { useEffect } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Mirrors the page title that react-admin's <Title> renders into the app bar into
 * document.title, so every page has a distinct title for tabs and screen readers.
 */
export const DocumentTitle = () => {
  const translate = useTranslate();
  const appTitle = translate('cutover.app.title');
  useEffect(() => {
    const container = document.getElementById('react-admin-title');
    if (!container) return;
    const update = () => {
      const page = container.textContent?.trim();
      document.title = page ? `${page} · ${appTitle}` : appTitle;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [appTitle]);
  return null;
};
