/**
 * Erasing my account (POST /me/erase): the password, then a last question that says it cannot be
 * undone. The server also wants its confirmation phrase; the page sends it once the person has
 * confirmed here, in their own language.
 */
import { type FormEvent, useId, useState } from 'react';
import { accountErased, api, call } from '../../api/session';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { FormError } from './common';
import { ConfirmButton } from './ConfirmButton';

/** The phrase POST /me/erase requires (src/services/accounts/privacy.ops.ts ERASE_CONFIRMATION). */
const ERASE_CONFIRMATION = 'erase my account';

export function EraseAccount() {
  const { t } = useI18n();
  const passwordId = useId();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);

  const erase = async () => {
    setError(null);
    try {
      await call(api.POST('/v1/me/erase', { body: { password, confirm: ERASE_CONFIRMATION } }));
      accountErased();
      navigate('/signin?erased=1', { replace: true });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="erase-title" className="account-section danger-zone">
      <h2 id="erase-title">{t('erase.title')}</h2>
      <p>{t('erase.lead')}</p>
      {!open ? (
        <button type="button" className="secondary danger" onClick={() => setOpen(true)}>
          {t('erase.start')}
        </button>
      ) : (
        <form className="tool-form account-form" onSubmit={(e: FormEvent) => e.preventDefault()} noValidate>
          <div className="field">
            <label htmlFor={passwordId}>{t('erase.password')}</label>
            <input
              id={passwordId}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              // biome-ignore lint/a11y/noAutofocus: the person just asked for this form
              autoFocus
            />
          </div>
          {error ? (
            <FormError
              error={error}
              words={{ 'validation_failed:password': 'erase.wrongPassword', conflict: 'erase.lastAdmin' }}
            />
          ) : null}
          <div className="button-row">
            {password !== '' ? (
              <ConfirmButton
                label={t('erase.submit')}
                question={t('erase.question')}
                confirm={t('erase.yes')}
                onConfirm={erase}
                small={false}
                testId="erase-account"
              />
            ) : (
              <button type="button" className="danger" disabled>
                {t('erase.submit')}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
