/**
 * "Category check": a person's education and experience against a card's requirement rules
 * (POST /api/v1/qualification/category), and the answer in plain language — the category, the
 * rule that matched (quoted, with its source lines), the group, the notes, what the next category
 * needs, and every rule checked.
 */
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { ApiError, apiUrl, fieldErrors, postFile, postJson, saveFile } from '../api/client';
import type { CardRef, Category, CategoryAnswer, CategoryResult, RuleRef, Shortfall } from '../api/types';
import { formatYears } from '../format';
import { type Lang, type Translate, useI18n } from '../i18n';
import { Link } from '../router';
import { emptyPerson, FieldError, fieldId, type PersonDraft, PersonFields, personBody } from './PersonFields';
import { SourceLink } from './SourceLink';
import { ErrorBox } from './Status';
import './category-check.css';

type Heading = 'h2' | 'h3' | 'h4';

/** One shortfall in words: "at least higher education (you have: TVET)". */
export function shortfallText(s: Shortfall, t: Translate, lang: Lang): string {
  switch (s.kind) {
    case 'education-level':
      return t('check.short.level', { need: t(`education.${s.need}`), have: t(`education.${s.have}`) });
    case 'education-field':
      return t('check.short.field', {
        need: s.need.map((f) => t(`field.${f}`)).join(', '),
        have: t(`field.${s.have}`),
      });
    case 'certificate':
      return t('check.short.certificate', { need: t('certificate.social-training') });
    case 'experience':
      return t('check.short.experience', {
        where: s.inCategory ? t(`check.in.${s.inCategory}`) : t('check.in.work'),
        missing: formatYears(s.missingYears, lang),
        need: formatYears(s.needYears, lang),
        have: formatYears(s.haveYears, lang),
      });
    default:
      return '';
  }
}

const NOT_INCREASING =
  /^The card asks (\d+(?:\.\d+)?) years? for the (higher|first|second|none) category and (\d+(?:\.\d+)?) for the (higher|first|second|none) \(([\w-]+)\): the text is applied as written\.$/;

/**
 * The engine's notes are English sentences; the two it writes are said here in the UI language
 * (any other note is shown as it is, marked English).
 */
export function noteText(note: string, t: Translate, lang: Lang): { text: string; lang: Lang } {
  const m = NOT_INCREASING.exec(note);
  if (m) {
    const [, upperYears, upper, lowerYears, lower, group] = m;
    const category = (c: string | undefined) => t(`form.category.${c as Category}`).toLocaleLowerCase(lang);
    return {
      lang,
      text: t('check.note.notIncreasing', {
        upper: category(upper),
        upperYears: formatYears(Number(upperYears), lang),
        lower: category(lower),
        lowerYears: formatYears(Number(lowerYears), lang),
        group:
          group === 'high-level-specialist' || group === 'mid-level-specialist' || group === 'general'
            ? t(`group.${group}`)
            : (group ?? ''),
      }),
    };
  }
  if (note.startsWith('The card states no qualification requirements')) return { lang, text: t('check.note.noRules') };
  return { lang: 'en', text: note };
}

/** The headline: the category, or eligibility on a card without categories, or not eligible. */
export function answerText(answer: CategoryAnswer, t: Translate): string {
  if (!answer.eligible) return t('check.notEligible');
  if (!answer.category) return t('check.eligibleNoCategory');
  return t(`form.category.${answer.category}`);
}

function ruleHref(card: CardRef, rule: RuleRef) {
  return `/cards/${card.code}/${card.level}#item-${rule.id}`;
}

function RuleQuote({ card, rule }: { card: CardRef; rule: RuleRef }) {
  const { t } = useI18n();
  return (
    <figure className="rule-quote">
      <blockquote lang="kk">{rule.text}</blockquote>
      <figcaption className="item-meta">
        <SourceLink source={rule.source} />
        <Link href={ruleHref(card, rule)}>{t('check.ruleOnCard')}</Link>
      </figcaption>
    </figure>
  );
}

export function CategoryAnswerView({
  answer,
  card,
  heading: H,
  testId = 'category-answer',
}: {
  answer: CategoryAnswer;
  card: CardRef;
  heading: Heading;
  testId?: string;
}) {
  const { t, lang } = useI18n();
  const matched = answer.explanation.matched;
  const checked = answer.explanation.checked;
  const groupLabel = (g: string) =>
    g === 'high-level-specialist' || g === 'mid-level-specialist' || g === 'general' ? t(`group.${g}`) : g;
  return (
    <div className={`category-answer ${answer.eligible ? 'is-eligible' : 'is-not-eligible'}`} data-testid={testId}>
      {/* On paper the answer says which card it is about (on screen the form above does). */}
      <p className="print-only">
        {t('check.card')}: {card.code}, {t('common.level', { n: card.level })}
      </p>
      <p className="answer-headline">
        <span className="answer-mark" aria-hidden="true">
          {answer.eligible ? '✓' : '✗'}
        </span>{' '}
        <strong data-testid="category-value" data-category={answer.category ?? ''} data-eligible={answer.eligible}>
          {answerText(answer, t)}
        </strong>
      </p>
      <p className="answer-summary" lang={lang}>
        {answer.summary[lang]}
      </p>
      <dl className="facts">
        {answer.group && (
          <>
            <dt>{t('check.group')}</dt>
            <dd>{groupLabel(answer.group)}</dd>
          </>
        )}
      </dl>
      {matched && (
        <>
          <H>{t('check.matched')}</H>
          <RuleQuote card={card} rule={matched} />
        </>
      )}
      {answer.next && (
        <>
          <H>
            {answer.next.category
              ? t('check.nextFor', { category: t(`form.category.${answer.next.category}`) })
              : t('check.nextEligible')}
          </H>
          <ul className="shortfalls">
            {answer.next.missing.map((s) => (
              <li key={`${s.kind}-${JSON.stringify(s)}`}>{shortfallText(s, t, lang)}</li>
            ))}
          </ul>
          <RuleQuote card={card} rule={answer.next.rule} />
        </>
      )}
      {!answer.next && answer.eligible && answer.category === 'higher' && <p>{t('check.top')}</p>}
      {answer.explanation.notes.length > 0 && (
        <>
          <H>{t('check.notes')}</H>
          <ul className="check-notes">
            {answer.explanation.notes.map((note) => {
              const said = noteText(note, t, lang);
              return (
                <li key={note} lang={said.lang}>
                  {said.text}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <details className="checked-rules">
        <summary>{t('check.checked', { n: checked.length })}</summary>
        <ol className="checked-list">
          {checked.map(({ rule, met, shortfalls }) => (
            <li key={rule.id} className={met ? 'met' : 'unmet'}>
              <p className="checked-head">
                <span className={`met-badge ${met ? 'met' : 'unmet'}`}>
                  <span aria-hidden="true">{met ? '✓' : '✗'}</span> {met ? t('check.met') : t('check.unmet')}
                </span>{' '}
                <strong>{rule.category ? t(`form.category.${rule.category}`) : '—'}</strong>
                {' · '}
                <span className="muted">{groupLabel(rule.group)}</span>
              </p>
              <blockquote lang="kk">{rule.text}</blockquote>
              {shortfalls.length > 0 && (
                <ul className="shortfalls">
                  {shortfalls.map((s) => (
                    <li key={`${s.kind}-${JSON.stringify(s)}`}>{shortfallText(s, t, lang)}</li>
                  ))}
                </ul>
              )}
              <p className="item-meta">
                <SourceLink source={rule.source} compact />
                <Link href={ruleHref(card, rule)}>{t('check.ruleOnCard')}</Link>
              </p>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}

/**
 * The form and its answer. With `card` null the form asks for a card first (`cardField` renders
 * the picker, which this form labels and checks).
 */
export function CategoryCheck({
  card,
  heading,
  cardField,
}: {
  card: CardRef | null;
  heading: Heading;
  cardField?: (props: { id: string; invalid: boolean; describedBy?: string }) => ReactNode;
}) {
  const { t } = useI18n();
  const base = `cc${useId().replace(/[^\w-]/g, '')}`;
  const [draft, setDraft] = useState<PersonDraft>(emptyPerson);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [result, setResult] = useState<{ key: string; answer: CategoryResult; body: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const cardKey = card ? `${card.code}/${card.level}` : '';

  // An answer is for one card: choosing another card clears it.
  useEffect(() => {
    setResult((r) => (r && r.key === cardKey ? r : null));
  }, [cardKey]);

  const focusFirstError = (found: Record<string, string>) => {
    const first = Object.keys(found)[0];
    if (!first) return;
    requestAnimationFrame(() => document.getElementById(fieldId(base, first))?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!card) {
      const found = { card: t('form.error.card') };
      setErrors(found);
      focusFirstError(found);
      return;
    }
    setBusy(true);
    try {
      // The PDF is made from what was checked, even if the form is edited after.
      const body = { card, ...personBody(draft) };
      const answer = await postJson<CategoryResult>(apiUrl('/qualification/category'), body);
      setErrors({});
      setResult({ key: cardKey, answer, body });
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      const found = fieldErrors(error);
      setResult(null);
      if (Object.keys(found).length > 0) {
        setErrors(found);
        focusFirstError(found);
      } else {
        setErrors({});
        setFailure(error instanceof ApiError ? error : new ApiError(0, null, String(error)));
      }
    } finally {
      setBusy(false);
    }
  };

  const cardErrorId = `${fieldId(base, 'card')}-error`;
  return (
    <div className="category-check">
      <form className="tool-form" onSubmit={submit} noValidate aria-label={t('check.formLabel')}>
        {cardField && (
          <div className="field field-wide">
            <label htmlFor={fieldId(base, 'card')}>{t('check.card')}</label>
            {cardField({
              id: fieldId(base, 'card'),
              invalid: !!errors.card,
              describedBy: errors.card ? cardErrorId : undefined,
            })}
            <FieldError id={cardErrorId} path="card" message={errors.card} />
          </div>
        )}
        <PersonFields draft={draft} onChange={setDraft} errors={errors} base={base} />
        <p className="form-actions">
          <button type="submit" disabled={busy}>
            {t('check.submit')}
          </button>
          {busy && (
            <span className="muted" role="status">
              {t('common.loading')}
            </span>
          )}
        </p>
      </form>
      {failure && <ErrorBox error={failure} title={t('check.failed')} />}
      <div ref={resultRef} tabIndex={-1} className="check-result">
        {result && card && <CategoryAnswerView answer={result.answer} card={card} heading={heading} />}
      </div>
      {result && card && <AnswerActions body={result.body} card={card} />}
    </div>
  );
}

/** Print the answer (the page's print CSS keeps the answer, drops the form) or download it as a one-page PDF. */
function AnswerActions({ body, card }: { body: unknown; card: CardRef }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { blob, filename } = await postFile(
        apiUrl('/qualification/category.pdf', { lang }),
        body,
        'application/pdf',
      );
      saveFile(blob, filename ?? `category-${card.code}-${card.level}.pdf`);
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, null, String(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p className="check-actions">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('category.print')}
        </button>
        <button type="button" className="secondary" onClick={download} disabled={busy} data-testid="category-pdf">
          {t('category.downloadPdf')}
        </button>
        {busy && (
          <span className="muted" role="status">
            {t('common.loading')}
          </span>
        )}
      </p>
      {failure && <ErrorBox error={failure} title={t('category.pdfFailed')} />}
    </>
  );
}
