/**
 * /orgs/:orgId/assessment/bank — the item bank of a card: test items (filtered by status, kind
 * and knowledge item) and practical tasks, each written, edited while a draft, reviewed, retired
 * or sent back to draft; the Moodle XML and GIFT files of the bank come and go here too.
 */
import { useState } from 'react';
import { DEMO_CARD } from '../../api/assessment-instruments';
import type { Me } from '../../api/session';
import { FormError } from '../../components/account/common';
import {
  CardPicker,
  InstrumentsFrame,
  canManageInstruments,
  useCoverage,
} from '../../components/assessment/instruments/common';
import { CoverageMap } from '../../components/assessment/instruments/CoverageMap';
import { InterchangePanel } from '../../components/assessment/instruments/InterchangePanel';
import { ItemList } from '../../components/assessment/instruments/ItemList';
import { TaskList } from '../../components/assessment/instruments/TaskList';
import { Loading } from '../../components/Status';
import { useTitle } from '../../components/useTitle';
import { useI18n } from '../../i18n';

export default function ItemBankPage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  useTitle(t('ins.bank.title'));
  return (
    <InstrumentsFrame orgId={orgId} titleId="bank-title" title={t('ins.bank.title')}>
      {(me) => <Bank orgId={orgId} me={me} />}
    </InstrumentsFrame>
  );
}

function Bank({ orgId, me }: { orgId: string; me: Me }) {
  const { t } = useI18n();
  const [card, setCard] = useState<{ code: string; level: number }>(DEMO_CARD);
  const [tick, setTick] = useState(0);
  const coverage = useCoverage(orgId, { card: card.code, level: card.level }, tick);
  const refresh = () => setTick((n) => n + 1);
  const rows = coverage.data?.rows ?? [];
  const manage = canManageInstruments(me, orgId);
  return (
    <>
      <CardPicker
        code={card.code}
        level={card.level}
        onPick={(code, level) => setCard({ code, level })}
        idPrefix="bank-card"
      />
      {coverage.error && <FormError error={coverage.error} />}
      {!coverage.data && !coverage.error && <Loading />}
      {coverage.data && (
        <>
          <p data-testid="bank-coverage">
            {coverage.data.uncovered.length === 0
              ? t('ins.cov.allCovered', { total: rows.length })
              : t('ins.cov.summary', { uncovered: coverage.data.uncovered.length, total: rows.length })}
          </p>
          <details className="ins-bank-coverage">
            <summary>{t('ins.cov.title')}</summary>
            <CoverageMap coverage={coverage.data} />
          </details>
          <ItemList
            orgId={orgId}
            card={card}
            knowledge={rows.filter((r) => r.kind === 'knowledge')}
            author={me.user.displayName}
            canManage={manage}
            onChange={refresh}
            tick={tick}
          />
          <TaskList
            orgId={orgId}
            card={card}
            skills={rows.filter((r) => r.kind === 'skill')}
            author={me.user.displayName}
            canManage={manage}
            onChange={refresh}
            tick={tick}
          />
          <InterchangePanel orgId={orgId} card={card} onImported={refresh} canImport={manage} />
        </>
      )}
    </>
  );
}
