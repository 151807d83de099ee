/**
 * The cancel action of an open attestation, behind a confirmation.
 */
import { useState } from 'react';
import type { Attestation } from '../../api/hr';
import { useI18n } from '../../i18n';
import { ConfirmButton } from '../account/ConfirmButton';
import { recordStep } from './AttestationRecordStep';
import { HrError } from './common';

/** Cancel an open attestation, after a confirmation; its recorded stages stay. */
export function AttestationCancel({
  orgId,
  attestation,
  onChanged,
}: {
  orgId: string;
  attestation: Attestation;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="hr-step hr-noprint">
      <ConfirmButton
        label={t('hr.att.cancel')}
        question={t('hr.att.cancelQuestion')}
        confirm={t('hr.att.cancelYes')}
        testId="attestation-cancel"
        onConfirm={async () => {
          setError(null);
          try {
            await recordStep(orgId, attestation, { stage: 'cancel' }, lang);
            onChanged();
          } catch (e) {
            setError(e);
          }
        }}
      />
      {error !== null && <HrError error={error} />}
    </div>
  );
}
