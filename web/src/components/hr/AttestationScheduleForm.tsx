/**
 * The form that schedules a new attestation for a person (date, commission, protocol number),
 * shown when none of theirs is open.
 */
import { type FormEvent, useState } from 'react';
import { type Commission, todayIso } from '../../api/hr';
import { api, call } from '../../api/session';
import { useI18n } from '../../i18n';
import { FormError } from '../account/common';
import { AttestationCommissionSelect } from './AttestationCommissionSelect';
import { HR_WORDS } from './common';

export function AttestationScheduleForm({
  orgId,
  staffId,
  commissions,
  onChanged,
}: {
  orgId: string;
  staffId: string;
  commissions: Commission[];
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [date, setDate] = useState(todayIso());
  const [commissionId, setCommissionId] = useState('');
  const [protocolNo, setProtocolNo] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call(
        api.POST('/v1/orgs/{orgId}/attestations', {
          params: { path: { orgId } },
          body: {
            staffId,
            scheduledOn: date,
            commissionId: commissionId || null,
            protocolNo: protocolNo.trim() || null,
          },
        }),
      );
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="hr-step hr-noprint" onSubmit={submit} data-testid="schedule-form">
      <h3>{t('hr.att.schedule')}</h3>
      <div className="hr-grid">
        <div className="hr-field">
          <label htmlFor="att-date">{t('hr.att.date')}</label>
          <input id="att-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </div>
        <AttestationCommissionSelect
          id="att-commission"
          value={commissionId}
          onChange={setCommissionId}
          commissions={commissions}
        />
        <div className="hr-field">
          <label htmlFor="att-protocol">{t('hr.att.protocolNo')}</label>
          <input id="att-protocol" value={protocolNo} onChange={(e) => setProtocolNo(e.target.value)} maxLength={40} />
        </div>
      </div>
      {error !== null && <FormError error={error} words={HR_WORDS} />}
      <button type="submit">{t('hr.att.create')}</button>
    </form>
  );
}
