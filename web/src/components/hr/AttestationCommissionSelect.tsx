/**
 * The commission picker shared by the attestation's schedule form and its decision step; an empty
 * value means "no commission".
 */
import type { Commission } from '../../api/hr';
import { useI18n } from '../../i18n';

export function AttestationCommissionSelect({
  id,
  value,
  onChange,
  commissions,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  commissions: Commission[];
}) {
  const { t } = useI18n();
  return (
    <div className="hr-field">
      <label htmlFor={id}>{t('hr.att.commission')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('hr.att.noCommission')}</option>
        {commissions.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
