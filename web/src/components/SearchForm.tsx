import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../i18n';
import { navigate } from '../router';

/** A search box that opens /search?q=…; a real GET form, so it works before the script runs too. */
export function SearchForm({ initial = '', autoFocus = false }: { initial?: string; autoFocus?: boolean }) {
  const { t } = useI18n();
  const [q, setQ] = useState(initial);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = q.trim();
    if (query) navigate(`/search?q=${encodeURIComponent(query)}`);
  };
  return (
    <search>
      <form className="search-form" action="/search" method="get" onSubmit={submit}>
        <label htmlFor={id}>{t('search.label')}</label>
        <div className="search-row">
          <input
            id={id}
            type="search"
            name="q"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('search.placeholder')}
            maxLength={200}
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the search page exists to type a query
            autoFocus={autoFocus}
          />
          <button type="submit">{t('search.submit')}</button>
        </div>
      </form>
    </search>
  );
}
