import { apiUrl, useApi } from '../api/client';
import type { Edition, Professions } from '../api/types';
import { SearchForm } from '../components/SearchForm';
import { SourceLink } from '../components/SourceLink';
import { ErrorBox, Loading } from '../components/Status';
import { Text } from '../components/Text';
import { TranslatedSection } from '../components/TranslatedSection';
import { useTitle } from '../components/useTitle';
import { formatDate, pick } from '../format';
import { type Lang, type Translate, useI18n } from '../i18n';
import { Link } from '../router';
import { useMe } from '../api/session';

export function HomePage() {
  const { t } = useI18n();
  useTitle(null);
  const programmes = useMyProgrammesHref();
  return (
    <div className="home">
      <section aria-labelledby="home-title" className="hero">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <h2 className="visually-hidden">{t('home.search')}</h2>
        <SearchForm />
      </section>

      <section aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t('home.tasks')}</h2>
        <ul className="task-grid">
          <li>
            <Link href={programmes} className="task-card" data-testid="task-programme">
              <span className="task-title">{t('home.taskProgramme')}</span>
              <span className="task-text">{t('home.taskProgrammeText')}</span>
            </Link>
          </li>
          <li>
            <Link href="/category" className="task-card">
              <span className="task-title">{t('home.taskAssess')}</span>
              <span className="task-text">{t('home.taskAssessText')}</span>
            </Link>
          </li>
          <li>
            <Link href="/career" className="task-card">
              <span className="task-title">{t('home.taskCareer')}</span>
              <span className="task-text">{t('home.taskCareerText')}</span>
            </Link>
          </li>
          <li>
            <Link href="/self-assessment" className="task-card">
              <span className="task-title">{t('home.taskSelf')}</span>
              <span className="task-text">{t('home.taskSelfText')}</span>
            </Link>
          </li>
        </ul>
        <p className="home-quality">
          {t('home.qualityLead')} <Link href="/quality">{t('home.qualityLink')}</Link> ·{' '}
          <Link href="/changes">{t('home.changesLink')}</Link>
        </p>
      </section>

      <div className="home-columns">
        <AboutStandard />
        <ProfessionList />
      </div>
    </div>
  );
}

function AboutStandard() {
  const { t, lang } = useI18n();
  const editions = useApi<{ editions: Edition[] }>(apiUrl('/editions'));
  const edition = editions.data?.editions.find((e) => e.current) ?? editions.data?.editions[0];
  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">{t('home.about')}</h2>
      {editions.loading && <Loading />}
      {editions.error && <ErrorBox error={editions.error} onRetry={editions.retry} />}
      {edition && <EditionFacts edition={edition} lang={lang} t={t} />}
    </section>
  );
}

function EditionFacts({ edition, lang, t }: { edition: Edition; lang: Lang; t: Translate }) {
  const { order, counts } = edition;
  return (
    <>
      <Text d={pick(edition.title, lang)} as="p" className="edition-title" />
      <dl className="facts">
        <dt>{t('home.order')}</dt>
        <dd>{t('home.orderValue', { number: order.number, date: formatDate(order.date, lang) })}</dd>
        <dt>{t('home.issuer')}</dt>
        <dd>
          <Text d={pick(order.issuer, lang)} />
        </dd>
        <dt>{t('home.registration')}</dt>
        <dd>
          {t('home.registrationValue', {
            date: formatDate(order.registration.date, lang),
            number: order.registration.number,
          })}
        </dd>
        <dt>{t('home.inForce')}</dt>
        <dd>{formatDate(order.inForceFrom, lang)}</dd>
        <dt>{t('home.legalBasis')}</dt>
        <dd>
          <Text d={pick(order.legalBasis, lang)} />
        </dd>
        <dt>{t('home.contents')}</dt>
        <dd>
          {t('home.contentsValue', {
            cards: counts.card ?? 0,
            professions: counts.profession ?? 0,
            terms: counts.term ?? 0,
          })}
        </dd>
      </dl>
      {order.source && (
        <p>
          <SourceLink source={order.source} />
        </p>
      )}
      <h3>{t('home.purpose')}</h3>
      <ul className="provisions">
        {edition.provisions.map((p) => (
          <li key={p.id}>
            <Text d={pick(p, lang)} as="p" />
            <SourceLink source={p.source} compact />
          </li>
        ))}
      </ul>
    </>
  );
}

function ProfessionList() {
  const { t, lang } = useI18n();
  const professions = useApi<Professions>(apiUrl('/professions', { lang }));
  return (
    <section aria-labelledby="professions-title">
      <h2 id="professions-title">{t('home.professions')}</h2>
      <p className="muted">{t('home.professionsLead')}</p>
      {professions.loading && <Loading />}
      {professions.error && <ErrorBox error={professions.error} onRetry={professions.retry} />}
      {professions.data && (
        <TranslatedSection texts={professions.data.professions.map((p) => p.name.display)}>
          <ol className="profession-list">
            {professions.data.professions.map((p) => (
              <li key={p.id} data-testid={`profession-${p.id}`}>
                <Text d={p.name.display} kk={p.name.kk} className="profession-name" />
                <ul className="level-links">
                  {p.levels.map((level) => {
                    const card = p.cards.find((c) => c.level === level);
                    return (
                      <li key={level}>
                        {card ? (
                          <Link href={`/cards/${card.code}/${card.level}`}>{t('common.sqfLevel', { n: level })}</Link>
                        ) : (
                          <span className="no-card">
                            {t('common.sqfLevel', { n: level })}: {t('common.noCard')}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        </TranslatedSection>
      )}
    </section>
  );
}

/**
 * "I design a programme" leads a signed-in designer (a programme designer anywhere, or an admin
 * of an education provider) to their organisation's programmes, and everyone else to the cards.
 * Lazy: a visitor's browser asks nothing private.
 */
function useMyProgrammesHref(): string {
  const { me } = useMe({ lazy: true });
  const mine = me?.memberships.find(
    (m) =>
      m.roles.includes('programme-designer') || (m.roles.includes('org-admin') && m.org.kind === 'education-provider'),
  );
  return mine ? `/orgs/${encodeURIComponent(mine.org.id)}/programmes` : '/cards';
}
