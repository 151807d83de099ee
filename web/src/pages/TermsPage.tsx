import { apiUrl, useApi } from '../api/client';
import type { Terms } from '../api/types';
import { ItemId } from '../components/ItemId';
import { SourceLink } from '../components/SourceLink';
import { ErrorBox, Loading } from '../components/Status';
import { Text } from '../components/Text';
import { TranslatedSection } from '../components/TranslatedSection';
import { useHashTarget } from '../components/useHashTarget';
import { useTitle } from '../components/useTitle';
import { sectionTexts } from '../card-texts';
import { useI18n } from '../i18n';
import { useLocation } from '../router';

export default function TermsPage() {
  const { t, lang } = useI18n();
  useTitle(t('terms.title'));
  const { hash } = useLocation();
  const terms = useApi<Terms>(apiUrl('/terms', { lang }));
  useHashTarget(!!terms.data, hash);
  return (
    <section aria-labelledby="terms-title">
      <h1 id="terms-title">{t('terms.title')}</h1>
      {terms.loading && <Loading />}
      {terms.error && <ErrorBox error={terms.error} onRetry={terms.retry} />}
      {terms.data && (
        <>
          <p className="lead">{t('terms.lead', { n: terms.data.terms.length })}</p>
          <TranslatedSection texts={sectionTexts(terms.data.terms.flatMap((term) => [term.term, term.definition]))}>
            <dl className="terms">
              {terms.data.terms.map((term) => (
                <div key={term.id} id={term.id} className="term" tabIndex={-1}>
                  <dt>
                    {term.number && <span className="item-num">{term.number}.</span>}
                    <Text d={term.term.display} className="term-name" />
                    {/* A translated term keeps the official Kazakh term beside it: the one the standard uses. */}
                    {!term.term.display.official && (
                      <>
                        {' '}
                        <span className="term-kk" lang="kk">
                          <span className="visually-hidden">{t('lang.kazakhTerm')}: </span>({term.term.kk})
                        </span>
                      </>
                    )}
                  </dt>
                  <dd>
                    <Text d={term.definition.display} kk={term.definition.kk} as="p" />
                    <span className="item-meta">
                      <ItemId id={term.id} />
                      <SourceLink source={term.source} compact />
                    </span>
                  </dd>
                </div>
              ))}
            </dl>
          </TranslatedSection>
        </>
      )}
    </section>
  );
}
