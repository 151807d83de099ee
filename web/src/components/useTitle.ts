import { useEffect } from 'react';
import { useI18n } from '../i18n';

/** The browser tab's title: "<page> — Kasip", or the app's own title on the home page. */
export function useTitle(page?: string | null) {
  const { t } = useI18n();
  const title = page ? `${page} — ${t('app.name')}` : t('app.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
