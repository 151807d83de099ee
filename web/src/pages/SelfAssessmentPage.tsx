/**
 * /self-assessment?card=CODE/LEVEL — a person rates each skill and knowledge item of a card as
 * none / partial / full. The ratings live in this browser (localStorage, per card) and can be
 * exported and imported as JSON, in the body format of POST /api/v1/career/gap:
 * `{ card, ratings, savedAt, person? }`. The gap report (coverage per labour function, missing and
 * partial items, the requirement gap) is shown here and downloadable as PDF and XLSX.
 */
import {
  type ChangeEvent,
  type FormEvent,
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ApiError, apiUrl, fieldErrors, postFile, postJson, saveFile, useApi } from '../api/client';
import type {
  CardDetail,
  CardRef,
  GapCounts,
  GapItem,
  GapReport,
  LabourFunction,
  NumberedText,
  Rating,
  SelfAssessment,
} from '../api/types';
import { CardSelect, cardKey, parseCardKey, useAllCards } from '../components/CardPicker';
import { CategoryAnswerView } from '../components/CategoryCheck';
import {
  emptyPerson,
  fieldId,
  type PersonDraft,
  PersonFields,
  personBody,
  personDraft,
} from '../components/PersonFields';
import { ErrorBox, Loading } from '../components/Status';
import { Text } from '../components/Text';
import { TranslatedSection } from '../components/TranslatedSection';
import { useTitle } from '../components/useTitle';
import { labourFunctionTexts, sectionTexts } from '../card-texts';
import { formatPercent } from '../format';
import { type Lang, useI18n } from '../i18n';
import { Link, navigate, useLocation } from '../router';

const RATINGS: Rating[] = ['none', 'partial', 'full'];
const STORAGE_PREFIX = 'kasip.selfAssessment.';

type Stored = SelfAssessment;

function storageKey(card: CardRef) {
  return `${STORAGE_PREFIX}${cardKey(card)}`;
}

function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as string[]).includes(value);
}

export function readStored(card: CardRef): Stored | null {
  try {
    const raw = localStorage.getItem(storageKey(card));
    if (!raw) return null;
    const parsed = parseAssessment(JSON.parse(raw));
    return parsed.ok ? parsed.assessment : null;
  } catch {
    return null;
  }
}

function removeStored(card: CardRef): void {
  try {
    localStorage.removeItem(storageKey(card));
  } catch {
    // Storage refused: there is nothing kept to remove.
  }
}

/** Whether an assessment holds anything the person entered: a rating, or their education or experience. */
function hasContent(ratings: Record<string, Rating>, hasPerson: boolean): boolean {
  return hasPerson || Object.keys(ratings).length > 0;
}

function writeStored(assessment: Stored): boolean {
  try {
    localStorage.setItem(storageKey(assessment.card), JSON.stringify(assessment));
    return true;
  } catch {
    return false;
  }
}

/** An imported file checked: the card, the ratings (none/partial/full), savedAt and person when present. */
export function parseAssessment(
  input: unknown,
): { ok: true; assessment: Stored } | { ok: false; problem: 'shape' | 'card' | 'ratings' } {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { ok: false, problem: 'shape' };
  const o = input as Record<string, unknown>;
  const c = o.card as Record<string, unknown> | undefined;
  const card = c && typeof c === 'object' ? parseCardKey(`${String(c.code)}/${String(c.level)}`) : null;
  if (!card) return { ok: false, problem: 'card' };
  if (!o.ratings || typeof o.ratings !== 'object' || Array.isArray(o.ratings)) return { ok: false, problem: 'ratings' };
  const ratings: Record<string, Rating> = {};
  for (const [id, value] of Object.entries(o.ratings as Record<string, unknown>)) {
    if (!isRating(value) || !id) return { ok: false, problem: 'ratings' };
    ratings[id] = value;
  }
  const assessment: Stored = { card, ratings };
  if (typeof o.savedAt === 'string') assessment.savedAt = o.savedAt.slice(0, 40);
  if (o.person && typeof o.person === 'object') assessment.person = o.person as Stored['person'];
  return { ok: true, assessment };
}

type ListGroup = {
  id: string;
  label: string;
  name?: { display: NumberedText['display']; kk: string };
  skills: NumberedText[];
  knowledge: NumberedText[];
};
type FunctionGroup = { fn: LabourFunction; label: string; groups: ListGroup[]; ids: string[] };

function groupItems(detail: CardDetail, t: ReturnType<typeof useI18n>['t']): FunctionGroup[] {
  const fns = detail.card.labourFunctions;
  return fns.map((fn, i) => {
    const label = fn.number
      ? t('card.function', { n: fn.number })
      : fns.length > 1
        ? t('card.function', { n: i + 1 })
        : t('card.functionUnnumbered');
    const groups: ListGroup[] = fn.tasks.map((task, j) => ({
      id: task.id,
      label: `${t('card.task')}${fn.tasks.length > 1 ? ` ${j + 1}` : ''}`,
      name: task.name,
      skills: task.skills,
      knowledge: task.knowledge,
    }));
    if ((fn.skills?.length ?? 0) + (fn.knowledge?.length ?? 0) > 0) {
      groups.push({
        id: `${fn.id}-shared`,
        label: t('card.functionLists'),
        skills: fn.skills ?? [],
        knowledge: fn.knowledge ?? [],
      });
    }
    const ids = groups.flatMap((g) => [...g.skills, ...g.knowledge].map((item) => item.id));
    return { fn, label, groups, ids };
  });
}

export default function SelfAssessmentPage() {
  const { t } = useI18n();
  useTitle(t('self.title'));
  const { search } = useLocation();
  const cardParam = new URLSearchParams(search).get('card');
  // One value per address: a new object on every render would re-run the assessment's save.
  const card = useMemo(() => parseCardKey(cardParam), [cardParam]);
  const all = useAllCards();
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const pickerId = useId();

  const choose = (value: string) => {
    setNotice(null);
    navigate(value ? `/self-assessment?card=${value}` : '/self-assessment');
  };

  return (
    <section aria-labelledby="self-title" className="tool-page">
      <h1 id="self-title">{t('self.title')}</h1>
      <p className="lead">{t('self.lead')}</p>
      {all.error && <ErrorBox error={all.error} onRetry={all.retry} />}
      {!all.cards && !all.error && <Loading />}
      {all.cards && (
        <form className="tool-form" onSubmit={(e) => e.preventDefault()} aria-label={t('self.cardFormLabel')}>
          <div className="field field-wide">
            <label htmlFor={pickerId}>{t('self.card')}</label>
            <CardSelect
              id={pickerId}
              cards={all.cards}
              value={card ? cardKey(card) : ''}
              onChange={choose}
              placeholder={t('form.chooseCard')}
            />
          </div>
          <ImportControl current={card} onNotice={setNotice} />
        </form>
      )}
      {notice && (
        <p className={notice.kind === 'ok' ? 'notice' : 'field-error'} role={notice.kind === 'ok' ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      {!card && <p className="muted">{t('self.chooseFirst')}</p>}
      {card && <Assessment key={cardKey(card)} card={card} />}
    </section>
  );
}

/** Import a JSON file: its card opens with its ratings (kept in this browser from then on). */
function ImportControl({
  current,
  onNotice,
}: {
  current: CardRef | null;
  onNotice: (n: { kind: 'ok' | 'error'; text: string } | null) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let data: unknown;
    try {
      if (file.size > 2_000_000) throw new Error('too large');
      data = JSON.parse(await file.text());
    } catch {
      onNotice({ kind: 'error', text: t('self.importNotJson') });
      return;
    }
    const parsed = parseAssessment(data);
    if (!parsed.ok) {
      onNotice({ kind: 'error', text: t(`self.importBad.${parsed.problem}`) });
      return;
    }
    const assessment = { ...parsed.assessment, savedAt: new Date().toISOString() };
    if (!writeStored(assessment)) {
      onNotice({ kind: 'error', text: t('self.storageBlocked') });
      return;
    }
    onNotice({
      kind: 'ok',
      text: t('self.imported', { n: Object.keys(assessment.ratings).length, card: cardKey(assessment.card) }),
    });
    const key = cardKey(assessment.card);
    if (!current || cardKey(current) !== key) navigate(`/self-assessment?card=${key}`);
    else window.dispatchEvent(new CustomEvent('kasip:assessment-imported', { detail: key }));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('self.import')}</label>
      <input id={id} type="file" accept="application/json,.json" onChange={onFile} data-testid="import-file" />
    </div>
  );
}

function Assessment({ card }: { card: CardRef }) {
  const { t, lang } = useI18n();
  const detail = useApi<CardDetail>(apiUrl(`/cards/${card.code}/${card.level}`, { lang }));
  const initial = useRef(readStored(card));
  const [ratings, setRatings] = useState<Record<string, Rating>>(initial.current?.ratings ?? {});
  const [savedAt, setSavedAt] = useState<string | undefined>(initial.current?.savedAt);
  const [person, setPerson] = useState<PersonDraft>(() =>
    initial.current?.person ? personDraft(initial.current.person) : { ...emptyPerson(), experience: [] },
  );
  const [storageOk, setStorageOk] = useState(true);
  const first = useRef(true);

  // A file imported for this same card replaces what is on screen.
  useEffect(() => {
    const reload = (event: Event) => {
      if ((event as CustomEvent<string>).detail !== cardKey(card)) return;
      const stored = readStored(card);
      first.current = true;
      setRatings(stored?.ratings ?? {});
      setSavedAt(stored?.savedAt);
      setPerson(stored?.person ? personDraft(stored.person) : { ...emptyPerson(), experience: [] });
    };
    window.addEventListener('kasip:assessment-imported', reload);
    return () => window.removeEventListener('kasip:assessment-imported', reload);
  }, [card]);

  const hasPerson = person.level !== '' || person.field !== '';
  // Saved on every change (not on the first render, which only read what was saved).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Nothing entered yet (or all cleared): nothing is kept, so nothing may be said to be saved.
    if (!hasContent(ratings, hasPerson)) {
      removeStored(card);
      setSavedAt(undefined);
      setStorageOk(true);
      return;
    }
    const at = new Date().toISOString();
    setStorageOk(writeStored({ card, ratings, savedAt: at, ...(hasPerson ? { person: personBody(person) } : {}) }));
    setSavedAt(at);
  }, [card, ratings, person, hasPerson]);

  const rate = useCallback((id: string, rating: Rating) => setRatings((r) => ({ ...r, [id]: rating })), []);

  const body = (): SelfAssessment => ({
    card,
    ratings,
    savedAt: savedAt ?? new Date().toISOString(),
    ...(hasPerson ? { person: personBody(person) } : {}),
  });

  if (detail.loading) return <Loading />;
  if (detail.error)
    return <ErrorBox error={detail.error} onRetry={detail.error.status === 404 ? undefined : detail.retry} />;
  if (!detail.data) return null;
  const functions = groupItems(detail.data, t);
  const allIds = functions.flatMap((f) => f.ids);
  const known = new Set(allIds);
  const rated = allIds.filter((id) => ratings[id]).length;
  const foreign = Object.keys(ratings).filter((id) => !known.has(id)).length;

  const exportJson = () => {
    const { person: p, ...rest } = body();
    const data = { ...rest, ...(p ? { person: p } : {}) };
    saveFile(
      new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }),
      `self-assessment-${card.code}-${card.level}.json`,
    );
  };
  const clear = () => {
    if (window.confirm(t('self.clearConfirm'))) setRatings({});
  };

  return (
    <div className="assessment" data-testid="assessment">
      <h2 className="assessment-card">
        <Link href={`/cards/${card.code}/${card.level}`}>
          <Text d={detail.data.card.name.display} />
        </Link>{' '}
        <span className="card-ref">
          ({card.code}, {t('common.level', { n: card.level })})
        </span>
      </h2>
      <div className="assessment-bar">
        <p role="status" className="progress-text" data-testid="rated-count">
          {t('self.progress', { n: rated, total: allIds.length })}
        </p>
        <Bar percent={allIds.length ? (rated / allIds.length) * 100 : 0} />
      </div>
      {savedAt && storageOk && hasContent(ratings, hasPerson) && (
        <p className="muted small saved-at">
          {t('self.savedAt', { time: new Date(savedAt).toLocaleString(lang === 'en' ? 'en-GB' : lang) })}
        </p>
      )}
      {!storageOk && (
        <p className="field-error" role="alert">
          {t('self.storageBlocked')}
        </p>
      )}
      <p className="button-row">
        <button type="button" className="secondary" onClick={exportJson}>
          {t('self.export')}
        </button>
        <button type="button" className="secondary" onClick={clear} disabled={Object.keys(ratings).length === 0}>
          {t('self.clear')}
        </button>
      </p>
      {foreign > 0 && <p className="muted small">{t('self.foreign', { n: foreign })}</p>}

      <section aria-labelledby="items-title">
        <h2 id="items-title">{t('self.items')}</h2>
        <p className="muted">{t('self.scale')}</p>
        <TranslatedSection texts={labourFunctionTexts(detail.data.card.labourFunctions)}>
          {functions.map((f) => {
            const doneHere = f.ids.filter((id) => ratings[id]).length;
            return (
              <section key={f.fn.id} className="assess-function" aria-labelledby={`af-${f.fn.id}`}>
                <h3 id={`af-${f.fn.id}`}>
                  <span className="tree-label">{f.label}</span> <Text d={f.fn.name.display} kk={f.fn.name.kk} />
                </h3>
                <p className="muted small">{t('self.progress', { n: doneHere, total: f.ids.length })}</p>
                {f.groups.map((g) => (
                  <div key={g.id} className="assess-task">
                    <h4>
                      <span className="tree-label">{g.label}</span>{' '}
                      {g.name && <Text d={g.name.display} kk={g.name.kk} />}
                    </h4>
                    {g.skills.length > 0 && (
                      <ItemGroup title={t('card.skills')} items={g.skills} ratings={ratings} onRate={rate} />
                    )}
                    {g.knowledge.length > 0 && (
                      <ItemGroup title={t('card.knowledge')} items={g.knowledge} ratings={ratings} onRate={rate} />
                    )}
                  </div>
                ))}
              </section>
            );
          })}
        </TranslatedSection>
      </section>

      <section aria-labelledby="person-title">
        <h2 id="person-title">{t('self.person')}</h2>
        <p className="muted">{t('self.personLead')}</p>
        <PersonSection card={card} person={person} setPerson={setPerson} body={body} />
      </section>
    </div>
  );
}

function Bar({ percent, label }: { percent: number; label?: string }) {
  const p = Math.max(0, Math.min(100, percent));
  return (
    <div className="bar-wrap">
      <div className="bar" aria-hidden="true">
        <span style={{ width: `${p}%` }} />
      </div>
      {label && <span className="bar-label">{label}</span>}
    </div>
  );
}

const ItemGroup = memo(function ItemGroup({
  title,
  items,
  ratings,
  onRate,
}: {
  title: string;
  items: NumberedText[];
  ratings: Record<string, Rating>;
  onRate: (id: string, rating: Rating) => void;
}) {
  return (
    <>
      <h5>{title}</h5>
      <ul className="rate-list">
        {items.map((item) => (
          <RateItem key={item.id} item={item} value={ratings[item.id]} onRate={onRate} />
        ))}
      </ul>
    </>
  );
});

const RateItem = memo(function RateItem({
  item,
  value,
  onRate,
}: {
  item: NumberedText;
  value: Rating | undefined;
  onRate: (id: string, rating: Rating) => void;
}) {
  const { t } = useI18n();
  return (
    <li className={`rate-item${value ? ` rated-${value}` : ''}`} data-item={item.id}>
      <fieldset>
        <legend className="rate-text">
          {item.number && <span className="item-num">{item.number}.</span>}
          <Text d={item.display} kk={item.kk} />
        </legend>
        <div className="rate-options">
          {RATINGS.map((r) => (
            <label key={r} className={`rate-option rate-${r}`}>
              <input
                type="radio"
                name={`rate-${item.id}`}
                value={r}
                checked={value === r}
                onChange={() => onRate(item.id, r)}
              />
              <span>{t(`self.rating.${r}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  );
});

/** Education and experience (optional), the gap report and its downloads. */
function PersonSection({
  card,
  person,
  setPerson,
  body,
}: {
  card: CardRef;
  person: PersonDraft;
  setPerson: (p: PersonDraft) => void;
  body: () => SelfAssessment;
}) {
  const { t, lang } = useI18n();
  const base = `sa${useId().replace(/[^\w-]/g, '')}`;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  // `lang`: the language the report was asked in (its warnings are written in it).
  const [report, setReport] = useState<{ sent: string; data: GapReport; lang: Lang } | null>(null);
  const [busy, setBusy] = useState<'' | 'report' | 'pdf' | 'xlsx'>('');
  const reportRef = useRef<HTMLDivElement>(null);
  const current = JSON.stringify(body());
  // savedAt changes on every save; a report is stale when the ratings or the person differ.
  const comparable = (json: string) => {
    const { savedAt: _s, ...rest } = JSON.parse(json) as SelfAssessment;
    return JSON.stringify(rest);
  };
  const stale = report !== null && comparable(report.sent) !== comparable(current);

  const fail = (error: unknown) => {
    const found = fieldErrors(error);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      const first = Object.keys(found)[0] ?? '';
      requestAnimationFrame(() => document.getElementById(fieldId(base, first))?.focus());
    } else {
      setErrors({});
      setFailure(error instanceof ApiError ? error : new ApiError(0, null, String(error)));
    }
  };

  const showReport = async (event?: FormEvent) => {
    event?.preventDefault();
    setFailure(null);
    setBusy('report');
    const sent = JSON.stringify(body());
    try {
      const data = await postJson<GapReport>(apiUrl('/career/gap', { lang }), JSON.parse(sent));
      setErrors({});
      setReport({ sent, data, lang });
      requestAnimationFrame(() => reportRef.current?.focus());
    } catch (error) {
      fail(error);
    } finally {
      setBusy('');
    }
  };

  const download = async (format: 'pdf' | 'xlsx') => {
    setFailure(null);
    setBusy(format);
    try {
      const accept =
        format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const { blob, filename } = await postFile(apiUrl(`/career/gap.${format}`, { lang }), body(), accept);
      setErrors({});
      saveFile(blob, filename ?? `gap-${card.code}-${card.level}.${format}`);
    } catch (error) {
      fail(error);
    } finally {
      setBusy('');
    }
  };

  return (
    <>
      <form className="tool-form" onSubmit={showReport} noValidate aria-label={t('self.person')}>
        <PersonFields draft={person} onChange={setPerson} errors={errors} prefix="person." base={base} optional />
        <p className="form-actions">
          <button type="submit" disabled={busy !== ''}>
            {t('self.showReport')}
          </button>
          <button type="button" className="secondary" onClick={() => download('pdf')} disabled={busy !== ''}>
            {t('self.downloadPdf')}
          </button>
          <button type="button" className="secondary" onClick={() => download('xlsx')} disabled={busy !== ''}>
            {t('self.downloadXlsx')}
          </button>
          {busy && (
            <span className="muted" role="status">
              {t('common.loading')}
            </span>
          )}
        </p>
      </form>
      {failure && <ErrorBox error={failure} title={t('self.reportFailed')} />}
      <div ref={reportRef} tabIndex={-1} className="report-anchor">
        {report && (
          <GapReportView
            report={report.data}
            textLang={report.lang}
            stale={stale}
            onUpdate={() => showReport()}
            card={card}
          />
        )}
      </div>
    </>
  );
}

function counts(c: GapCounts, t: ReturnType<typeof useI18n>['t']) {
  return t('self.counts', { full: c.full, partial: c.partial, none: c.none, unrated: c.unrated });
}

function GapReportView({
  report,
  textLang,
  stale,
  onUpdate,
  card,
}: {
  report: GapReport;
  /** The language the server wrote the report's messages in. */
  textLang: Lang;
  stale: boolean;
  onUpdate: () => void;
  card: CardRef;
}) {
  const { t, lang } = useI18n();
  const pct = (p: number | null) => formatPercent(p, lang);
  return (
    <section className="gap-report" aria-labelledby="gap-title" data-testid="gap-report">
      <h2 id="gap-title">{t('self.report')}</h2>
      {stale && (
        <p className="notice" role="status">
          {t('self.stale')}{' '}
          <button type="button" className="secondary small" onClick={onUpdate}>
            {t('self.update')}
          </button>
        </p>
      )}
      <TranslatedSection texts={sectionTexts([...report.labourFunctions, ...report.missing, ...report.partial])}>
        <p className="coverage-overall">
          <strong>{t('self.overall', { p: pct(report.overall.percent) })}</strong>
          <br />
          <span className="muted small">{counts(report.overall, t)}</span>
        </p>
        <Bar percent={report.overall.percent ?? 0} />
        <h3>{t('self.byFunction')}</h3>
        <ul className="coverage-list">
          {report.labourFunctions.map((f) => (
            <li key={f.id}>
              <Text d={f.display} kk={f.kk} />
              <Bar percent={f.percent ?? 0} label={pct(f.percent)} />
              <span className="muted small">{counts(f, t)}</span>
            </li>
          ))}
        </ul>
        <GapList title={t('self.missing', { n: report.missing.length })} items={report.missing} card={card} />
        <GapList title={t('self.partial', { n: report.partial.length })} items={report.partial} card={card} />
      </TranslatedSection>
      {report.warnings.length > 0 && (
        <>
          <h3>{t('self.warnings')}</h3>
          <ul className="check-notes" lang={textLang}>
            {report.warnings.map((w) => (
              <li key={`${w.code}-${w.itemId ?? w.message}`}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('self.requirements')}</h3>
      {report.requirements ? (
        <CategoryAnswerView answer={report.requirements} card={card} heading="h4" testId="gap-requirements" />
      ) : (
        <p className="muted">{t('self.noPerson')}</p>
      )}
    </section>
  );
}

function GapList({ title, items, card }: { title: string; items: GapItem[]; card: CardRef }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('card.compareNothing')}</p>
      ) : (
        <ul className="gap-list">
          {items.map((item) => (
            <li key={item.id}>
              <span className="kind-label">
                {item.kind === 'skill' ? t('self.kind.skill') : t('self.kind.knowledge')}
              </span>{' '}
              <Text d={item.display} kk={item.kk} />{' '}
              <Link className="small" href={`/cards/${card.code}/${card.level}#item-${item.id}`}>
                {t('quality.openOnCard')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
