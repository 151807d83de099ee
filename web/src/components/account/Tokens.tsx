/**
 * My API tokens (GET /me/tokens): create one (its secret is shown once), revoke one after a
 * confirmation (then the focus goes to the list's heading, and the revocation is announced).
 */
import { type FormEvent, useId, useState } from 'react';
import { type ApiToken, api, call, formatDateTime, usePrivate } from '../../api/session';
import { useI18n } from '../../i18n';
import { Loading } from '../Status';
import { FormError, useFocusAfterReload } from './common';
import { ConfirmButton } from './ConfirmButton';
import { OnceBox } from './OnceBox';

export function Tokens() {
  const { t, lang } = useI18n();
  const tokens = usePrivate('tokens', () => call(api.GET('/v1/me/tokens')));
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const focus = useFocusAfterReload(tokens.data);

  const revoke = (token: ApiToken) => async () => {
    setError(null);
    setNote(null);
    try {
      await call(api.POST('/v1/me/tokens/{id}/revoke', { params: { path: { id: token.id } } }));
      setNote(t('account.tokenRevokedNote', { name: token.name }));
      focus.after();
      tokens.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="tokens-title" className="account-section">
      <h2 id="tokens-title" tabIndex={-1} ref={focus.heading}>
        {t('account.tokens')}
      </h2>
      <p className="muted small">{t('account.tokensLead')}</p>
      <p className="small status-note" role="status">
        {note}
      </p>
      {!tokens.data && !tokens.error && <Loading />}
      {tokens.error && <FormError error={tokens.error} />}
      {tokens.data?.tokens.length === 0 && <p className="muted">{t('account.noTokens')}</p>}
      {tokens.data && tokens.data.tokens.length > 0 && (
        <ul className="item-rows" data-testid="tokens">
          {tokens.data.tokens.map((token) => (
            <li key={token.id} className={token.revokedAt ? 'is-revoked' : undefined}>
              <strong>{token.name}</strong>{' '}
              <span className="muted small">({token.scopes.map((s) => t(`account.scope.${s}`)).join(', ')})</span>
              {token.revokedAt && <span className="badge">{t('account.tokenRevoked')}</span>}
              <br />
              <span className="muted small">
                {t('account.tokenTimes', {
                  created: formatDateTime(token.createdAt, lang),
                  expires: formatDateTime(token.expiresAt, lang),
                  used: token.lastUsedAt ? formatDateTime(token.lastUsedAt, lang) : t('account.never'),
                })}
              </span>
              {!token.revokedAt && (
                <div className="row-actions">
                  <ConfirmButton
                    label={t('account.revokeToken')}
                    what={token.name}
                    question={t('account.revokeTokenConfirm', { name: token.name })}
                    confirm={t('account.revokeTokenYes')}
                    onConfirm={revoke(token)}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {error ? <FormError error={error} /> : null}
      {created && (
        <OnceBox
          label={t('account.tokenSecret', { name: created.name })}
          value={created.secret}
          hint={t('account.tokenSecretHint')}
          testId="token-secret"
        />
      )}
      <NewToken
        onCreated={(name, secret) => {
          setNote(null);
          setCreated({ name, secret });
          tokens.reload();
        }}
      />
    </section>
  );
}

function NewToken({ onCreated }: { onCreated: (name: string, secret: string) => void }) {
  const { t } = useI18n();
  const nameId = useId();
  const daysId = useId();
  const [name, setName] = useState('');
  const [write, setWrite] = useState(false);
  const [days, setDays] = useState('90');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const answer = await call(
        api.POST('/v1/me/tokens', {
          body: { name: name.trim(), scopes: write ? ['read', 'write'] : ['read'], expiresInDays: Number(days) },
        }),
      );
      setName('');
      onCreated(answer.token.name, answer.secret);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="tool-form account-form" onSubmit={create} aria-labelledby="token-form-title">
      <h3 id="token-form-title">{t('account.newToken')}</h3>
      <div className="field">
        <label htmlFor={nameId}>{t('account.tokenName')}</label>
        <input id={nameId} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <fieldset className="form-group">
        <legend>{t('account.tokenScopes')}</legend>
        <label className="check-inline">
          <input type="radio" name="scopes" checked={!write} onChange={() => setWrite(false)} />{' '}
          {t('account.scope.read')}
        </label>
        <label className="check-inline">
          <input type="radio" name="scopes" checked={write} onChange={() => setWrite(true)} />{' '}
          {t('account.scope.readWrite')}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={daysId}>{t('account.tokenDays')}</label>
        <input
          id={daysId}
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          required
          value={days}
          onChange={(e) => setDays(e.target.value)}
          className="narrow-input"
        />
      </div>
      {error ? <FormError error={error} /> : null}
      <p className="button-row">
        <button type="submit" disabled={busy}>
          {t('account.createToken')}
        </button>
      </p>
    </form>
  );
}
