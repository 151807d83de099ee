import type { ReactNode } from 'react';
import { API, apiUrl, useApi } from '../api/client';
import type {
  Card,
  CardDetail,
  Display,
  LabourFunction,
  NumberedText,
  QualificationGroup,
  QualificationRule,
  Task,
} from '../api/types';
import { CategoryCheck } from '../components/CategoryCheck';
import { CompareLevels } from '../components/CompareLevels';
import { ItemId } from '../components/ItemId';
import { SourceLink } from '../components/SourceLink';
import { ErrorBox, Loading } from '../components/Status';
import { NoTranslation, Text } from '../components/Text';
import { TranslatedSection } from '../components/TranslatedSection';
import { useHashTarget } from '../components/useHashTarget';
import { useTitle } from '../components/useTitle';
import { labourFunctionTexts, qualificationTexts, sectionTexts } from '../card-texts';
import { type Translate, useI18n } from '../i18n';
import { Link, useLocation } from '../router';
import '../styles/card-print.css';

export const itemAnchor = (id: string) => `item-${id}`;

export default function CardPage({ code, level }: { code: string; level: number }) {
  const { t, lang } = useI18n();
  const { hash } = useLocation();
  const detail = useApi<CardDetail>(apiUrl(`/cards/${code}/${level}`, { lang }));
  useTitle(detail.data ? `${detail.data.card.name.display.text} (${code}, ${level})` : `${code} · ${level}`);
  useHashTarget(!!detail.data, hash);

  if (detail.loading) return <Loading />;
  if (detail.error) {
    return (
      <section>
        <h1>
          {code} · {t('common.level', { n: level })}
        </h1>
        <ErrorBox
          error={detail.error}
          onRetry={detail.error.status === 404 ? undefined : detail.retry}
          title={detail.error.status === 404 ? t('card.notFound') : undefined}
        />
        <p>
          <Link href="/cards">{t('card.all')}</Link>
        </p>
      </section>
    );
  }
  if (!detail.data) return null;
  return <CardView detail={detail.data} />;
}

function CardView({ detail }: { detail: CardDetail }) {
  const { t, lang } = useI18n();
  const { card } = detail;
  const code = card.code.value;
  const level = card.level.value;
  const levels = [...detail.otherLevels, { code, level, name: card.name.display }].sort((a, b) => a.level - b.level);

  const sections: { id: string; label: string }[] = [
    { id: 'other-names', label: t('card.otherNames') },
    { id: 'qualification', label: t('card.qualification') },
    ...(card.qualification.groups.length > 0 ? [{ id: 'category-check', label: t('check.title') }] : []),
    { id: 'labour-functions', label: t('card.labourFunctions') },
    ...(card.personalCompetencies ? [{ id: 'personal-competencies', label: t('card.personalCompetencies') }] : []),
    { id: 'links', label: t('card.links') },
    ...(card.qualificationLink.length ? [{ id: 'qualification-link', label: t('card.qualificationLink') }] : []),
    ...(card.workingConditions ? [{ id: 'working-conditions', label: t('card.workingConditions') }] : []),
    { id: 'compare', label: t('card.compare') },
  ];

  return (
    <article className="card-page" aria-labelledby="card-title">
      <p className="back no-print">
        <Link href="/cards">← {t('card.all')}</Link>
      </p>
      <header className="card-header">
        <Text d={card.title.display} as="p" className="card-kicker" />
        <h1 id="card-title">
          <Text d={card.name.display} />
        </h1>
        <dl className="facts card-facts">
          <dt>{t('card.code')}</dt>
          <dd>
            <span className="code">{code}</span>
          </dd>
          <dt>{t('card.level')}</dt>
          <dd>{t('common.sqfLevel', { n: level })}</dd>
          {detail.profession && (
            <>
              <dt>{t('card.profession')}</dt>
              <dd>
                <Link href={`/cards?profession=${encodeURIComponent(detail.profession.id)}`}>
                  <Text d={detail.profession.name.display} />
                </Link>
              </dd>
            </>
          )}
          {levels.length > 1 && (
            <>
              <dt>{t('card.levels')}</dt>
              <dd>
                <ul className="inline-list level-switch">
                  {levels.map((l) =>
                    l.level === level ? (
                      <li key={l.level}>
                        <span className="level-badge current" aria-current="page">
                          {t('common.level', { n: l.level })} ({t('card.currentLevel')})
                        </span>
                      </li>
                    ) : (
                      <li key={l.level}>
                        <Link className="level-badge" href={`/cards/${l.code}/${l.level}`}>
                          {t('common.level', { n: l.level })}
                        </Link>
                      </li>
                    ),
                  )}
                </ul>
              </dd>
            </>
          )}
        </dl>
        <p className="card-actions no-print">
          {/* The PDF always prints the official Kazakh text; ?lang= sets its labels and adds translations. */}
          <a
            className="button"
            href={`${API}/cards/${code}/${level}/pdf${lang === 'kk' ? '' : `?lang=${lang}`}`}
            type="application/pdf"
          >
            {t('card.pdf')}
          </a>
          <button type="button" className="secondary" onClick={() => window.print()}>
            {t('card.print')}
          </button>
          <Link href={`/source#L${card.source.lines[0]}-L${card.source.lines[1]}`}>{t('card.cardInSource')}</Link>
        </p>
        <p className="card-tools no-print">
          <Link href={`/self-assessment?card=${code}/${level}`}>{t('card.selfAssess')}</Link>
          <Link href={`/career?to=${code}/${level}`}>{t('card.careerTo')}</Link>
        </p>
      </header>

      <nav className="toc no-print" aria-label={t('card.contents')}>
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="other-names" title={t('card.otherNames')} texts={sectionTexts(card.otherNames)}>
        {card.otherNames.length === 0 ? (
          <p className="muted">{t('card.noOtherNames')}</p>
        ) : (
          <ul className="plain-list">
            {card.otherNames.map((n) => (
              <li key={n.id} id={itemAnchor(n.id)} tabIndex={-1}>
                {n.code && <span className="code">{n.code}</span>} <Text d={n.display} kk={n.kk} />
                <ItemMeta id={n.id} source={n.source} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="qualification" title={t('card.qualification')} texts={qualificationTexts(card)}>
        <Qualification card={card} />
      </Section>

      {card.qualification.groups.length > 0 && (
        <Section id="category-check" title={t('check.title')} className="category-check-section">
          <p className="muted no-print">{t('check.cardLead')}</p>
          <CategoryCheck card={{ code, level }} heading="h3" />
        </Section>
      )}

      <Section
        id="labour-functions"
        title={t('card.labourFunctions')}
        texts={labourFunctionTexts(card.labourFunctions)}
      >
        <p className="no-print tree-tools">
          <button type="button" className="secondary small" onClick={() => toggleAll(true)}>
            {t('card.expandAll')}
          </button>
          <button type="button" className="secondary small" onClick={() => toggleAll(false)}>
            {t('card.collapseAll')}
          </button>
        </p>
        {card.labourFunctions.map((f, index) => (
          <FunctionView key={f.id} fn={f} index={index} count={card.labourFunctions.length} />
        ))}
      </Section>

      {card.personalCompetencies && (
        <Section
          id="personal-competencies"
          title={t('card.personalCompetencies')}
          texts={sectionTexts([card.personalCompetencies])}
        >
          <Text d={card.personalCompetencies.display} kk={card.personalCompetencies.kk} as="p" />
          <ItemMeta source={card.personalCompetencies.source} block />
        </Section>
      )}

      <Section id="links" title={t('card.links')} texts={sectionTexts(card.links)}>
        {card.links.length === 0 ? (
          <p className="muted">{t('card.noLinks')}</p>
        ) : (
          <ul className="plain-list">
            {card.links.map((link) => (
              <li key={link.id} id={itemAnchor(link.id)} tabIndex={-1}>
                <span className="level-badge">{t('common.sqfLevel', { n: link.level })}</span>{' '}
                {link.card ? (
                  <Link href={`/cards/${link.card.code}/${link.card.level}`}>
                    <Text d={link.display} kk={link.kk} />
                  </Link>
                ) : (
                  <>
                    <Text d={link.display} kk={link.kk} /> <span className="no-card">{t('common.noCard')}</span>
                  </>
                )}
                <ItemMeta id={link.id} source={link.source} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      {card.qualificationLink.length > 0 && (
        <Section
          id="qualification-link"
          title={t('card.qualificationLink')}
          texts={sectionTexts(card.qualificationLink)}
        >
          <ul className="plain-list">
            {card.qualificationLink.map((q) => (
              <li key={q.id} id={itemAnchor(q.id)} tabIndex={-1}>
                <Text d={q.display} kk={q.kk} />
                <ItemMeta id={q.id} source={q.source} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {card.workingConditions && (
        <Section
          id="working-conditions"
          title={t('card.workingConditions')}
          texts={sectionTexts([card.workingConditions])}
        >
          <Text d={card.workingConditions.display} kk={card.workingConditions.kk} as="p" />
          <ItemMeta source={card.workingConditions.source} block />
        </Section>
      )}

      <Section id="compare" title={t('card.compare')} className="no-print">
        <CompareLevels detail={detail} />
      </Section>

      {card.notes && card.notes.length > 0 && (
        <details className="notes no-print">
          <summary>{t('card.notes')}</summary>
          <ul lang="en">
            {card.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

function toggleAll(open: boolean) {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('.card-page details.tree')) d.open = open;
}

/** A card section; given its `texts`, it marks their language once (TranslatedSection) instead of on every line. */
function Section({
  id,
  title,
  children,
  className,
  texts,
}: {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
  texts?: readonly Display[];
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`card-section ${className ?? ''}`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{title}</h2>
      {texts ? <TranslatedSection texts={texts}>{children}</TranslatedSection> : children}
    </section>
  );
}

function ItemMeta({ id, source, block }: { id?: string; source?: { lines: [number, number] }; block?: boolean }) {
  const meta = (
    <span className="item-meta">
      {id && <ItemId id={id} />}
      <SourceLink source={source} compact />
    </span>
  );
  return block ? <p className="meta-line">{meta}</p> : meta;
}

function Qualification({ card }: { card: Card }) {
  const { t } = useI18n();
  const { qualification, educationLevel } = card;
  return (
    <>
      {qualification.groups.length === 0 && <p className="muted">{t('card.noRules')}</p>}
      {qualification.groups.map((group) => (
        <RulesTable key={group.id} group={group} />
      ))}
      {qualification.basis && (
        <div className="basis">
          <h3>{t('card.basis')}</h3>
          <Text d={qualification.basis.display} kk={qualification.basis.kk} as="p" />
          <ItemMeta source={qualification.basis.source} block />
        </div>
      )}
      <h3>{t('card.educationLevel')}</h3>
      <Text d={educationLevel.display} kk={educationLevel.kk} as="p" />
      <ItemMeta source={educationLevel.source} block />
    </>
  );
}

function educationText(rule: QualificationRule, t: Translate): string {
  return rule.education
    .map((e) => {
      let text = t(`education.${e.minLevel}`);
      if (e.fields === 'relevant') text += ` ${t('field.relevant')}`;
      else if (e.fields) text += ` (${e.fields.map((f) => t(`field.${f}`)).join(', ')})`;
      if (e.certificate) text += `, ${t(`certificate.${e.certificate}`)}`;
      return text;
    })
    .join(`; ${t('common.or')} `);
}

function RulesTable({ group }: { group: QualificationGroup }) {
  const { t, lang } = useI18n();
  const cols = {
    category: t('card.col.category'),
    rule: t('card.col.rule'),
    education: t('card.col.education'),
    years: t('card.col.years'),
    inCategory: t('card.col.inCategory'),
    source: t('card.col.source'),
  };
  return (
    <table className="rules" id={itemAnchor(group.id)}>
      <caption>
        {group.label ? <Text d={group.label.display} kk={group.label.kk} /> : t(`group.${group.group}`)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{cols.category}</th>
          <th scope="col">{cols.rule}</th>
          <th scope="col">{cols.education}</th>
          <th scope="col">{cols.years}</th>
          <th scope="col">{cols.inCategory}</th>
          <th scope="col">{cols.source}</th>
        </tr>
      </thead>
      <tbody>
        {group.rules.map((rule) => (
          <tr key={rule.id} id={itemAnchor(rule.id)} tabIndex={-1}>
            <th scope="row" data-label={cols.category}>
              {rule.category ? t(`category.${rule.category}`) : '—'}
            </th>
            <td data-label={cols.rule}>
              <Text d={rule.display} kk={rule.kk} />
            </td>
            <td data-label={cols.education}>{educationText(rule, t)}</td>
            <td data-label={cols.years}>
              {rule.experience ? t('card.minYears', { n: rule.experience.minYears }) : t('card.noExperience')}
            </td>
            <td data-label={cols.inCategory}>
              {rule.experience?.inCategory ? (
                t(`category.${rule.experience.inCategory}`)
              ) : rule.experience?.where ? (
                <span lang="kk">
                  {rule.experience.where}
                  {lang !== 'kk' && (
                    <>
                      {' '}
                      <NoTranslation />
                    </>
                  )}
                </span>
              ) : rule.experience ? (
                t('card.anyCategory')
              ) : (
                '—'
              )}
            </td>
            <td data-label={cols.source}>
              <ItemId id={rule.id} /> <SourceLink source={rule.source} compact />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FunctionView({ fn, index, count }: { fn: LabourFunction; index: number; count: number }) {
  const { t } = useI18n();
  const label = fn.number
    ? t('card.function', { n: fn.number })
    : count > 1
      ? t('card.function', { n: index + 1 })
      : t('card.functionUnnumbered');
  const shared = (fn.skills?.length ?? 0) + (fn.knowledge?.length ?? 0) > 0;
  return (
    <details className="tree function" id={itemAnchor(fn.id)} open>
      <summary>
        <h3>
          <span className="tree-label">{label}</span> <Text d={fn.name.display} kk={fn.name.kk} />
        </h3>
      </summary>
      <div className="tree-body">
        <ItemMeta id={fn.id} source={fn.name.source} />
        {fn.note && <Note text={fn.note} />}
        {fn.tasks.map((task, i) => (
          <TaskView key={task.id} task={task} index={i} count={fn.tasks.length} />
        ))}
        {shared && (
          <div className="shared-lists">
            <h4>{t('card.functionLists')}</h4>
            <ItemLists skills={fn.skills ?? []} knowledge={fn.knowledge ?? []} heading="h5" />
          </div>
        )}
      </div>
    </details>
  );
}

function TaskView({ task, index, count }: { task: Task; index: number; count: number }) {
  const { t } = useI18n();
  const hasLists = task.skills.length + task.knowledge.length > 0;
  return (
    <details className="tree task" id={itemAnchor(task.id)} open>
      <summary>
        <h4>
          <span className="tree-label">
            {t('card.task')}
            {count > 1 ? ` ${index + 1}` : ''}
          </span>{' '}
          <Text d={task.name.display} kk={task.name.kk} />
        </h4>
      </summary>
      <div className="tree-body">
        <ItemMeta id={task.id} source={task.name.source} />
        {task.note && <Note text={task.note} />}
        {hasLists && <ItemLists skills={task.skills} knowledge={task.knowledge} heading="h5" />}
      </div>
    </details>
  );
}

function ItemLists({
  skills,
  knowledge,
  heading: H,
}: {
  skills: NumberedText[];
  knowledge: NumberedText[];
  heading: 'h5';
}) {
  const { t } = useI18n();
  return (
    <div className="item-lists">
      {skills.length > 0 && (
        <div>
          <H>{t('card.skills')}</H>
          <ItemList items={skills} />
        </div>
      )}
      {knowledge.length > 0 && (
        <div>
          <H>{t('card.knowledge')}</H>
          <ItemList items={knowledge} />
        </div>
      )}
    </div>
  );
}

function ItemList({ items }: { items: NumberedText[] }) {
  return (
    <ul className="items">
      {items.map((item) => (
        <li key={item.id} id={itemAnchor(item.id)} tabIndex={-1}>
          {item.number && <span className="item-num">{item.number}.</span>}
          <div className="item-body">
            <Text d={item.display} kk={item.kk} />
            <ItemMeta id={item.id} source={item.source} />
            {item.note && <Note text={item.note} />}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A transcriber's note (English): how the printed text was read. Folded, and left out of print. */
function Note({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <details className="item-note no-print">
      <summary>{t('card.note')}</summary>
      <p lang="en">{text}</p>
    </details>
  );
}
