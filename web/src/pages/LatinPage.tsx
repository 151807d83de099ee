/**
 * The standard in Latin script: every official Kazakh text transliterated by a versioned table
 * (GET /api/v1/editions/current/latin), the 2021 alphabet by default, the 2018 one on request
 * (`?alphabet=2018`, so a link keeps it). Labelled once, at the top, as a transliteration and not
 * an official text, with the table's name, date, source and conventions; each card links to its
 * official Cyrillic page.
 */
import { apiUrl, useApi } from '../api/client';
import type { components } from '../api/schema';
import { ErrorBox, Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link, navigate, useLocation } from '../router';
import '../styles/latin.css';

type LatinView = components['schemas']['LatinView'];
type Alphabet = LatinView['transliteration']['alphabet'];
const ALPHABETS: readonly Alphabet[] = ['2021', '2018'];

function TextList({ texts }: { texts: LatinView['texts'] }) {
  return (
    <ul className="latin-texts">
      {texts.map((text) => (
        <li key={text.key} lang="kk-Latn">
          {text.latin} <span className="muted small latin-key">{text.key}</span>
        </li>
      ))}
    </ul>
  );
}

export default function LatinPage() {
  const { t } = useI18n();
  useTitle(t('latin.title'));
  const { search } = useLocation();
  const asked = new URLSearchParams(search).get('alphabet');
  const alphabet: Alphabet = asked === '2018' ? '2018' : '2021';
  const view = useApi<LatinView>(apiUrl('/editions/current/latin', { alphabet }));
  const choose = (next: Alphabet) => {
    const params = new URLSearchParams(search);
    if (next === '2021') params.delete('alphabet');
    else params.set('alphabet', next);
    const query = params.toString();
    navigate(`/latin${query ? `?${query}` : ''}`, { replace: true });
  };
  const table = view.data?.transliteration;

  return (
    <section aria-labelledby="latin-title" className="latin-page">
      <h1 id="latin-title">{t('latin.title')}</h1>
      <p className="lead">{t('latin.lead')}</p>
      <fieldset className="latin-alphabet">
        <legend>{t('latin.alphabet')}</legend>
        {ALPHABETS.map((a) => (
          <label key={a}>
            <input type="radio" name="alphabet" value={a} checked={alphabet === a} onChange={() => choose(a)} />{' '}
            {t(a === '2021' ? 'latin.alphabet.2021' : 'latin.alphabet.2018')}
          </label>
        ))}
      </fieldset>
      {view.loading && <Loading />}
      {view.error && <ErrorBox error={view.error} onRetry={view.retry} />}
      {view.data && table && (
        <>
          <p className="latin-notice" role="note">
            {t('latin.notice', { table: table.table, date: table.date })}
          </p>
          <details className="latin-table">
            <summary>{table.name}</summary>
            <p>
              {t('latin.source')}: {table.source.title}
            </p>
            <ul>
              {table.source.urls.map((url) => (
                <li key={url}>
                  <a href={url} rel="noreferrer">
                    {url}
                  </a>
                </li>
              ))}
            </ul>
            <p>{t('latin.conventions')}:</p>
            <ul>
              {table.conventions.map((c) => (
                <li key={c} lang="en">
                  {c}
                </li>
              ))}
            </ul>
          </details>
          <details>
            <summary>
              {t('latin.editionTexts')}{' '}
              <span className="muted small">{t('latin.texts', { n: view.data.texts.length })}</span>
            </summary>
            <TextList texts={view.data.texts} />
          </details>
          <h2>{t('latin.cards')}</h2>
          {view.data.cards.map((card) => (
            <details key={card.id} className="latin-card">
              <summary>
                <span lang="kk-Latn">{card.name}</span>{' '}
                <span className="muted small">
                  {card.code} · {card.level} · {t('latin.texts', { n: card.texts.length })}
                </span>
              </summary>
              <p>
                <Link href={`/cards/${card.code}/${card.level}`}>{t('latin.openCard')}</Link>
              </p>
              <TextList texts={card.texts} />
            </details>
          ))}
        </>
      )}
    </section>
  );
}
