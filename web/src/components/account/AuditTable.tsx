/**
 * Audit events as a table (one block per event on a phone): when, who, what happened in words
 * (with its code, which the filter and the exports use), and what it was about; the recorded
 * before and after open on demand.
 */
import { type AuditEvent, formatDateTime } from '../../api/session';
import { type Translate, useI18n } from '../../i18n';
import { roleName } from './common';

/** The events the operations record (their `audit` names), in the filter's order. */
export const AUDIT_EVENTS = [
  'auth.login',
  'auth.logout',
  'auth.logout-everywhere',
  'token.created',
  'token.revoked',
  'org.created',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'membership.roles-changed',
  'membership.removed',
  'user.created',
  'password-reset.created',
  'password-reset.used',
  'account.erased',
] as const;
type KnownEvent = (typeof AUDIT_EVENTS)[number];
const isKnown = (event: string): event is KnownEvent => (AUDIT_EVENTS as readonly string[]).includes(event);

const TARGETS = ['user', 'organisation', 'membership', 'invitation', 'api-token'] as const;
type Target = (typeof TARGETS)[number];
const isTarget = (kind: string): kind is Target => (TARGETS as readonly string[]).includes(kind);

export function eventName(t: Translate, event: string): string {
  return isKnown(event) ? t(`audit.ev.${event}`) : event;
}

function who(t: Translate, e: AuditEvent): string {
  if (e.actor.kind === 'anonymous') return t('audit.actor.anonymous');
  if (e.actor.kind === 'operator') return t('audit.actor.operator');
  const name = e.actor.label ?? t('audit.actor.other');
  return e.actor.kind === 'token' ? t('audit.actor.token', { name }) : name;
}

/**
 * The person it was about; else what the event recorded that is not personal data (the server
 * writes "[personal]" for that): an organisation's name, the roles of an invitation; else an id.
 */
function about(t: Translate, e: AuditEvent): string {
  const kind = isTarget(e.target.kind) ? t(`audit.targetKind.${e.target.kind}`) : e.target.kind;
  const name = typeof e.after?.name === 'string' && e.after.name !== '[personal]' ? e.after.name : null;
  const roles = Array.isArray(e.after?.roles) ? e.after.roles.map((r) => roleName(t, String(r))).join(', ') : null;
  return `${kind}: ${e.subject.label ?? name ?? roles ?? e.target.id.slice(0, 8)}`;
}

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t, lang } = useI18n();
  return (
    <table className="audit-table" data-testid="audit">
      <caption className="visually-hidden">{t('audit.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.at')}</th>
          <th scope="col">{t('audit.who')}</th>
          <th scope="col">{t('audit.event')}</th>
          <th scope="col">{t('audit.target')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} data-event={e.event}>
            <td data-label={t('audit.at')}>{formatDateTime(e.at, lang)}</td>
            <td data-label={t('audit.who')}>{who(t, e)}</td>
            <td data-label={t('audit.event')}>
              {eventName(t, e.event)} <code className="muted small">{e.event}</code>
              <Changes event={e} />
            </td>
            <td data-label={t('audit.target')}>{about(t, e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the event recorded before and after, as compact JSON. */
function Changes({ event }: { event: AuditEvent }) {
  const { t } = useI18n();
  if (!event.before && !event.after) return null;
  return (
    <details className="audit-changes">
      <summary>{t('audit.changes')}</summary>
      {event.before && (
        <p className="small">
          {t('audit.before')}: <code>{JSON.stringify(event.before)}</code>
        </p>
      )}
      {event.after && (
        <p className="small">
          {t('audit.after')}: <code>{JSON.stringify(event.after)}</code>
        </p>
      )}
    </details>
  );
}
