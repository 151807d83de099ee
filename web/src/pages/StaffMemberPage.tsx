/**
 * /orgs/:orgId/staff/:staffId — one person for HR: the record as a form, the stored category with
 * its summary and years per category, the attestation window and attestations with their stages,
 * development plans, the member account linked to the record, and deletion.
 */
import { type FormEvent, useState } from 'react';
import type { StaffDetail } from '../api/hr';
import { api, call, type Me, usePrivate } from '../api/session';
import { ConfirmButton } from '../components/account/ConfirmButton';
import { FormError } from '../components/account/common';
import { AttestationPanel } from '../components/hr/AttestationPanel';
import type { CardRef, Rating } from '../api/types';
import { cardKey, cardLabel, parseCardKey, useAllCards } from '../components/CardPicker';
import { CategoryWord, HrError, HrFrame, IsoDate, WindowBadge } from '../components/hr/common';
import { PlanList } from '../components/hr/Plans';
import { RecordForm } from '../components/hr/RecordForm';
import { Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { parseAssessment } from './SelfAssessmentPage';

export default function StaffMemberPage({ orgId, staffId }: { orgId: string; staffId: string }) {
  const { t, lang } = useI18n();
  const detail = usePrivate(`${orgId}|${staffId}|${lang}`, () =>
    call(api.GET('/v1/orgs/{orgId}/staff/{staffId}', { params: { path: { orgId, staffId }, query: { lang } } })),
  );
  const name = detail.data?.record.fullName ?? t('hr.staff.title');
  useTitle(name);
  return (
    <HrFrame orgId={orgId} titleId="staff-member-title" title={name}>
      {(me) =>
        detail.error ? (
          <FormError error={detail.error} />
        ) : !detail.data ? (
          <Loading />
        ) : (
          <Person me={me} orgId={orgId} detail={detail.data} reload={detail.reload} />
        )
      }
    </HrFrame>
  );
}

export function CategoryBlock({ detail }: { detail: Pick<StaffDetail, 'category' | 'years' | 'attestation'> }) {
  const { t } = useI18n();
  return (
    <div className="hr-summary">
      <section aria-labelledby="cat-title" className="hr-panel" data-testid="category">
        <h2 id="cat-title">{t('hr.categoryHeading')}</h2>
        <p>
          <CategoryWord category={detail.category} />
        </p>
        {detail.category?.summary && <p>{detail.category.summary}</p>}
        {detail.years.length > 0 && (
          <>
            <h3>{t('hr.years')}</h3>
            <ul className="hr-list">
              {detail.years.map((y) => (
                <li key={y.category}>
                  {t(`form.category.${y.category}`)}: {t('hr.yearsValue', { years: y.years })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="win-title" className="hr-panel" data-testid="window">
        <h2 id="win-title">{t('hr.windowHeading')}</h2>
        <dl className="hr-dl">
          <dt>{t('hr.window.earliest')}</dt>
          <dd>
            <IsoDate iso={detail.attestation.earliest} />
          </dd>
          <dt>{t('hr.window.due')}</dt>
          <dd>
            <IsoDate iso={detail.attestation.due} />
          </dd>
          <dt>{t('hr.th.status')}</dt>
          <dd>
            <WindowBadge window={detail.attestation} />
          </dd>
        </dl>
      </section>
    </div>
  );
}

function Person({ me, orgId, detail, reload }: { me: Me; orgId: string; detail: StaffDetail; reload: () => void }) {
  const { t } = useI18n();
  // A save answers the new record; the form is remounted on it so it starts from what was stored.
  const [formKey, setFormKey] = useState(0);
  const after = () => {
    reload();
  };
  void me;
  return (
    <>
      <p className="muted">
        {detail.record.personnelNo} · {detail.record.position.cardCode} / {detail.record.position.level}
      </p>
      <CategoryBlock detail={detail} />
      <RecordForm
        key={`${detail.version}-${formKey}`}
        orgId={orgId}
        detail={detail}
        onSaved={after}
        onReload={() => {
          setFormKey((k) => k + 1);
          reload();
        }}
      />
      <Trainings detail={detail} />
      <AttestationPanel orgId={orgId} staffId={detail.id} attestations={detail.attestations} onChanged={after} />
      <section aria-labelledby="plans-title" className="hr-panel">
        <h2 id="plans-title">{t('hr.plan.heading')}</h2>
        <PlanList plans={detail.plans} orgId={orgId} onChanged={after} />
        <CreatePlan orgId={orgId} detail={detail} onCreated={after} />
      </section>
      <LinkAccount orgId={orgId} detail={detail} onLinked={after} />
      <section className="hr-panel hr-noprint">
        <ConfirmButton
          small={false}
          label={t('hr.delete')}
          question={t('hr.deleteQuestion')}
          confirm={t('hr.deleteYes')}
          testId="staff-delete"
          onConfirm={async () => {
            await call(
              api.DELETE('/v1/orgs/{orgId}/staff/{staffId}', {
                params: { path: { orgId, staffId: detail.id } },
                body: { version: detail.version },
              }),
            );
            navigate(`/orgs/${orgId}/staff`);
          }}
        />
      </section>
    </>
  );
}

/** The trainings in the record: typed in, or written there when a plan item was marked done. */
function Trainings({ detail }: { detail: StaffDetail }) {
  const { t } = useI18n();
  const list = [...detail.record.trainings].sort((a, b) => b.completedOn.localeCompare(a.completedOn));
  return (
    <section aria-labelledby="train-title" className="hr-panel" data-testid="trainings">
      <h2 id="train-title">{t('hr.train.heading')}</h2>
      {list.length === 0 ? (
        <p className="muted">{t('hr.train.none')}</p>
      ) : (
        <ul className="hr-list">
          {list.map((tr, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: trainings have no id; the list is read-only
            <li key={`${tr.completedOn}-${i}`} data-plan-item={tr.planItemId ?? ''}>
              <IsoDate iso={tr.completedOn} /> — {tr.title}
              {tr.provider && <span className="muted"> · {tr.provider}</span>}
              {tr.hours !== undefined && <span className="muted"> · {t('hr.train.hours', { hours: tr.hours })}</span>}
              {tr.planItemId && <span className="muted small"> ({t('hr.train.fromPlan')})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type LoadedRatings = { card: CardRef; ratings: Record<string, Rating>; fileName: string };

/**
 * A plan drafted from the gap against a target card (the person's own position by default) and
 * the ratings of a self-assessment file as the /self-assessment page saves it ({card, ratings, …});
 * without a file nothing is rated, so every item of the card counts as missing.
 */
function CreatePlan({ orgId, detail, onCreated }: { orgId: string; detail: StaffDetail; onCreated: () => void }) {
  const { t, lang } = useI18n();
  const { cards, error: cardsError } = useAllCards();
  const own = { code: detail.record.position.cardCode, level: detail.record.position.level };
  const [target, setTarget] = useState('');
  const [loaded, setLoaded] = useState<LoadedRatings | null>(null);
  const [fileBad, setFileBad] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const chosen = parseCardKey(target) ?? own;
  const readFile = async (file: File | undefined) => {
    setLoaded(null);
    setFileBad(false);
    if (!file) return;
    try {
      const parsed = parseAssessment(JSON.parse(await file.text()));
      if (!parsed.ok) throw new Error(parsed.problem);
      const { card, ratings } = parsed.assessment;
      setLoaded({ card, ratings, fileName: file.name });
      // The ratings are of the file's card: aim at it, unless it is the person's own.
      setTarget(cardKey(card) === cardKey(own) ? '' : cardKey(card));
    } catch {
      setFileBad(true);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const picked = parseCardKey(target);
      await call(
        api.POST('/v1/orgs/{orgId}/staff/{staffId}/plans', {
          params: { path: { orgId, staffId: detail.id }, query: { lang } },
          body: {
            basis: { source: 'self-assessment', ratings: loaded?.ratings ?? {} },
            ...(picked ? { target: picked } : {}),
          },
        }),
      );
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const mismatch = loaded !== null && cardKey(loaded.card) !== cardKey(chosen);
  return (
    <form className="hr-step hr-noprint" onSubmit={submit} data-testid="plan-form">
      <div className="hr-grid">
        <div className="hr-field">
          <label htmlFor="plan-target">{t('hr.plan.target')}</label>
          <select id="plan-target" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('hr.plan.ownCard', { card: `${own.code} / ${own.level}` })}</option>
            {(cards ?? [])
              .filter((c) => cardKey(c) !== cardKey(own))
              .map((c) => (
                <option key={cardKey(c)} value={cardKey(c)}>
                  {cardLabel(c, t)}
                </option>
              ))}
            {/* A file's card not (yet) in the list still shows as chosen. */}
            {target && cards && !cards.some((c) => cardKey(c) === target) && <option value={target}>{target}</option>}
          </select>
          {cardsError && <span className="muted small">{t('hr.plan.cardsError')}</span>}
        </div>
        <div className="hr-field">
          <label htmlFor="plan-ratings">{t('hr.plan.ratingsFile')}</label>
          <input
            id="plan-ratings"
            type="file"
            accept="application/json,.json"
            aria-describedby="plan-ratings-hint"
            onChange={(e) => void readFile(e.target.files?.[0])}
            data-testid="plan-ratings"
          />
          <span id="plan-ratings-hint" className="muted small">
            {t('hr.plan.ratingsHint')}
          </span>
        </div>
      </div>
      {loaded && (
        <p className="notice" role="status" data-testid="plan-ratings-loaded">
          {t('hr.plan.ratingsLoaded', { n: Object.keys(loaded.ratings).length, card: cardKey(loaded.card) })}
        </p>
      )}
      {mismatch && loaded && (
        <p className="form-error" role="alert">
          {t('hr.plan.ratingsOtherCard', { card: cardKey(loaded.card) })}
        </p>
      )}
      {fileBad && (
        <p className="form-error" role="alert">
          {t('hr.plan.fileBad')}
        </p>
      )}
      {error !== null && <HrError error={error} />}
      <button type="submit" disabled={busy} data-testid="plan-create">
        {t('hr.plan.create')}
      </button>
    </form>
  );
}

function LinkAccount({ orgId, detail, onLinked }: { orgId: string; detail: StaffDetail; onLinked: () => void }) {
  const { t } = useI18n();
  const members = usePrivate(`members|${orgId}`, () =>
    call(api.GET('/v1/orgs/{orgId}/members', { params: { path: { orgId } } })),
  );
  const [userId, setUserId] = useState(detail.linkedUserId ?? '');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    try {
      await call(
        api.PUT('/v1/orgs/{orgId}/staff/{staffId}/user', {
          params: { path: { orgId, staffId: detail.id } },
          body: { userId: userId || null },
        }),
      );
      setDone(true);
      onLinked();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="link-title" className="hr-panel hr-noprint">
      <h2 id="link-title">{t('hr.link.heading')}</h2>
      <form onSubmit={submit} className="hr-item-form" data-testid="link-form">
        <label htmlFor="link-user">{t('hr.link.select')}</label>
        <select id="link-user" value={userId} onChange={(e) => setUserId(e.target.value)}>
          <option value="">{t('hr.link.none')}</option>
          {(members.data?.members ?? []).map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.displayName} ({m.email})
            </option>
          ))}
        </select>
        <button type="submit" className="secondary">
          {t('hr.link.save')}
        </button>
      </form>
      {members.error && <FormError error={members.error} />}
      {error !== null && <FormError error={error} />}
      {done && (
        <p className="notice" role="status">
          {t('hr.link.linked')}
        </p>
      )}
    </section>
  );
}
