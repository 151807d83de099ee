/**
 * /orgs/:orgId/assessment/specs/:specId — one specification: the blueprint editor while it is a
 * draft, the coverage heat map of its card (only its chosen practical tasks count), and Publish.
 * A refused publication lists every uncovered item by id and official text.
 */
import { useMemo, useState } from 'react';
import type { Specification } from '../../api/assessment-instruments';
import { ApiError } from '../../api/client';
import { api, call, usePrivate } from '../../api/session';
import { FormError } from '../../components/account/common';
import { BlueprintEditor } from '../../components/assessment/instruments/BlueprintEditor';
import { CoverageMap } from '../../components/assessment/instruments/CoverageMap';
import {
  InstrumentsFrame,
  StatusBadge,
  canManageInstruments,
  useCoverage,
} from '../../components/assessment/instruments/common';
import { HrError, IsoDate } from '../../components/hr/common';
import { Loading } from '../../components/Status';
import { useTitle } from '../../components/useTitle';
import { useI18n } from '../../i18n';
import { Link, navigate } from '../../router';

export default function SpecificationPage({ orgId, specId }: { orgId: string; specId: string }) {
  const { t } = useI18n();
  useTitle(t('ins.spec.title'));
  return (
    <InstrumentsFrame orgId={orgId} titleId="spec-title-h" title={t('ins.spec.title')}>
      {(me) => <Spec orgId={orgId} specId={specId} canManage={canManageInstruments(me, orgId)} />}
    </InstrumentsFrame>
  );
}

function Spec({ orgId, specId, canManage }: { orgId: string; specId: string; canManage: boolean }) {
  const { t } = useI18n();
  const [tick, setTick] = useState(0);
  const spec = usePrivate(`${orgId}|${specId}|${tick}`, () =>
    call(api.GET('/v1/orgs/{orgId}/specifications/{specId}', { params: { path: { orgId, specId } } })),
  );
  const coverage = useCoverage(orgId, { specId }, tick);
  const data = spec.data;
  const tasks = usePrivate(
    data ? `${orgId}|${data.content.cardCode}/${data.content.cardLevel}|reviewed-tasks|${tick}` : null,
    () =>
      call(
        api.GET('/v1/orgs/{orgId}/practical-tasks', {
          params: {
            path: { orgId },
            query: { card: data?.content.cardCode, level: data?.content.cardLevel, status: 'reviewed', limit: 200 },
          },
        }),
      ),
  );
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const row of coverage.data?.rows ?? []) map.set(row.id, row.display.text);
    return map;
  }, [coverage.data]);
  const kkOf = useMemo(() => new Map((coverage.data?.rows ?? []).map((r) => [r.id, r.kk])), [coverage.data]);
  if (spec.error) return <FormError error={spec.error} />;
  if (!data) return <Loading />;
  const reload = () => setTick((n) => n + 1);
  return (
    <>
      <p>
        <strong>{data.content.title}</strong> · {data.content.cardCode} / {data.content.cardLevel} ·{' '}
        <StatusBadge
          status={data.status === 'published' ? 'published' : data.status === 'retired' ? 'retired' : 'draft'}
        />
        {data.publishedAt && (
          <>
            {' '}
            · {t('ins.spec.publishedOn')} <IsoDate iso={data.publishedAt} />
          </>
        )}
        {data.demo && <span className="muted"> · {t('ins.demo')}</span>}
      </p>
      <p className="see-also">
        <Link href={`/orgs/${orgId}/assessment/bank`}>{t('ins.bank.title')}</Link>
      </p>
      {!canManage ? null : data.status === 'draft' ? (
        <>
          {tasks.data ? (
            <BlueprintEditor
              key={data.version}
              orgId={orgId}
              spec={data}
              tasks={tasks.data.tasks}
              functionNames={names}
              onSaved={reload}
            />
          ) : (
            <Loading />
          )}
          <Publish orgId={orgId} spec={data} onPublished={reload} kkOf={kkOf} />
        </>
      ) : (
        <Copy orgId={orgId} spec={data} />
      )}
      <section aria-labelledby="coverage-title">
        <h2 id="coverage-title">{t('ins.cov.title')}</h2>
        {coverage.error && <FormError error={coverage.error} />}
        {!coverage.data && !coverage.error && <Loading />}
        {coverage.data && <CoverageMap coverage={coverage.data} />}
      </section>
    </>
  );
}

const PROBLEM_KINDS = ['knowledge-uncovered', 'skill-uncovered', 'too-few-items', 'task-not-usable'] as const;
type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** A refusal's field error as the page says it: `json.knowledge-uncovered.<id>` → kind and id. */
function problemOf(path: string, message: string): { kind: ProblemKind | null; id: string; message: string } {
  const bare = path.replace(/^(json|body|query|param)\./, '');
  const dot = bare.indexOf('.');
  const kind = bare.slice(0, dot);
  const known = (PROBLEM_KINDS as readonly string[]).includes(kind) ? (kind as ProblemKind) : null;
  return { kind: known, id: bare.slice(dot + 1), message };
}

function Publish({
  orgId,
  spec,
  onPublished,
  kkOf,
}: {
  orgId: string;
  spec: Specification;
  onPublished: () => void;
  /** The official Kazakh text of the card's skills and knowledge, by id. */
  kkOf: Map<string, string>;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/v1/orgs/{orgId}/specifications/{specId}/publish', {
          params: { path: { orgId, specId: spec.id } },
          body: { version: spec.version },
        }),
      );
      onPublished();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const refused = error instanceof ApiError && error.status === 422 ? (error.problem?.errors ?? []) : null;
  return (
    <section aria-labelledby="publish-title">
      <h2 id="publish-title">{t('ins.spec.publishTitle')}</h2>
      <p className="muted">{t('ins.spec.publishHelp')}</p>
      <button type="button" onClick={publish} disabled={busy} data-testid="publish">
        {t('ins.spec.publish')}
      </button>
      {refused ? (
        <div role="alert" data-testid="publish-refused">
          <p className="form-error">{t('ins.spec.refused', { n: refused.length })}</p>
          <ul className="ins-problems">
            {refused.map((e) => {
              const p = problemOf(e.path, e.message);
              const kk = kkOf.get(p.id);
              return (
                <li key={e.path} data-item-id={p.id}>
                  {p.kind && kk ? (
                    <>
                      {t(`ins.problem.${p.kind}`)}: <code>{p.id}</code> <q lang="kk">{kk}</q>
                    </>
                  ) : (
                    p.message
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : error ? (
        <HrError error={error} />
      ) : null}
    </section>
  );
}

function Copy({ orgId, spec }: { orgId: string; spec: Specification }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const copy = async () => {
    try {
      const next = await call(
        api.POST('/v1/orgs/{orgId}/specifications/{specId}/copy', { params: { path: { orgId, specId: spec.id } } }),
      );
      navigate(`/orgs/${orgId}/assessment/specs/${next.id}`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <p>
      <span className="muted">{t('ins.spec.immutable')}</span>{' '}
      <button type="button" className="secondary" onClick={copy}>
        {t('ins.spec.copy')}
      </button>
      {error ? <HrError error={error} inline /> : null}
    </p>
  );
}
