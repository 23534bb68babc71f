import { useEffect } from 'react';
import { useTranslate } from 'react-admin';

/** For pages outside the layout (sign-in), which have no app bar title to mirror. */
export function useDocumentTitle(pageKey: string) {
  const translate = useTranslate();
  const page = translate(pageKey);
  const app = translate('cutover.app.title');
  useEffect(() => {
    document.title = `${page} · ${app}`;
  }, [page, app]);
}
