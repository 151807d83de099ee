/** What the instrument pages share: the page frame, status badges, the card picker, the card's items. */
import { type FormEvent, type ReactNode, useState } from 'react';
import { CARD_CODE_PATTERN, type Coverage, type ReviewStatus } from '../../../api/assessment-instruments';
import { api, call, type Me, usePrivate } from '../../../api/session';
import { useI18n } from '../../../i18n';
import { Link } from '../../../router';
import { SignedIn } from '../../account/common';
import '../../../styles/hr.css';
import './instruments.css';

export function InstrumentsFrame({
  orgId,
  titleId,
  title,
  back = 'hub',
  children,
}: {
  orgId: string;
  titleId: string;
  title: ReactNode;
  back?: 'hub' | 'org';
  children: (me: Me) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={titleId} className="account-page hr-page ins-page">
      <p className="back hr-noprint">
        {back === 'org' ? (
          <Link href={`/orgs/${orgId}`}>← {t('org.title')}</Link>
        ) : (
          <Link href={`/orgs/${orgId}/assessment`}>← {t('ins.hub.title')}</Link>
        )}
      </p>
      <h1 id={titleId}>{title}</h1>
      <SignedIn>{children}</SignedIn>
    </section>
  );
}

/** Writing instruments is for the organisation's admins and assessors (and platform admins); HR officers read. */
export function canManageInstruments(me: Me, orgId: string): boolean {
  if (me.user.platformRoles.includes('admin')) return true;
  const roles = me.memberships.find((m) => m.org.id === orgId)?.roles ?? [];
  return roles.includes('org-admin') || roles.includes('assessor');
}

export function StatusBadge({ status }: { status: ReviewStatus | 'published' }) {
  const { t } = useI18n();
  return (
    <span className={`hr-badge ins-status-${status}`} data-status={status}>
      {t(`ins.status.${status}`)}
    </span>
  );
}

/** A card code and level; `onPick` runs on submit with the trimmed code. */
export function CardPicker({
  code,
  level,
  onPick,
  idPrefix,
  submitLabel,
}: {
  code: string;
  level: number;
  onPick: (code: string, level: number) => void;
  idPrefix: string;
  submitLabel?: string;
}) {
  const { t } = useI18n();
  const [c, setC] = useState(code);
  const [l, setL] = useState(String(level));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPick(c.trim(), Number(l));
  };
  return (
    <form className="hr-search ins-card-picker" onSubmit={submit}>
      <label htmlFor={`${idPrefix}-code`}>{t('ins.card.code')}</label>
      <input
        id={`${idPrefix}-code`}
        value={c}
        onChange={(e) => setC(e.target.value)}
        pattern={CARD_CODE_PATTERN}
        required
        inputMode="numeric"
        size={11}
      />
      <label htmlFor={`${idPrefix}-level`}>{t('ins.card.level')}</label>
      <input
        id={`${idPrefix}-level`}
        type="number"
        min={1}
        max={8}
        value={l}
        onChange={(e) => setL(e.target.value)}
        required
        className="ins-narrow"
      />
      <button type="submit">{submitLabel ?? t('ins.card.show')}</button>
    </form>
  );
}

/** The card's skills and knowledge with their coverage (for pickers and the heat map). */
export function useCoverage(orgId: string, query: { card: string; level: number } | { specId: string }, tick = 0) {
  const { lang } = useI18n();
  const key = 'specId' in query ? `spec:${query.specId}` : `card:${query.card}/${query.level}`;
  return usePrivate<Coverage>(`${orgId}|${key}|${lang}|${tick}`, () =>
    call(
      api.GET('/v1/orgs/{orgId}/coverage', {
        params: {
          path: { orgId },
          query: 'specId' in query ? { specId: query.specId, lang } : { card: query.card, level: query.level, lang },
        },
      }),
    ),
  );
}

/** A checkbox list of the card's skill or knowledge items, by id with the display text. */
export function EntryPicker({
  legend,
  rows,
  selected,
  onChange,
  idPrefix,
  error,
}: {
  legend: string;
  rows: Coverage['rows'];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  idPrefix: string;
  error?: string | undefined;
}) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <fieldset className="ins-entry-picker" aria-describedby={error ? `${idPrefix}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="ins-entry-list">
        {rows.map((row) => (
          <label key={row.id} className="ins-entry">
            <input
              type="checkbox"
              checked={selected.includes(row.id)}
              onChange={(e) => toggle(row.id, e.target.checked)}
            />{' '}
            <code className="small">{row.id}</code> {row.display.text}
          </label>
        ))}
      </div>
      {error && (
        <p className="form-error" id={`${idPrefix}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
