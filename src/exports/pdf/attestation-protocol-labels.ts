/**
 * The printed labels of the attestation protocol (attestation-protocol.ts) in Kazakh, Russian
 * and English, from the catalogue (src/domain/shared/messages/pdf-protocol.ts), kept apart so
 * the layout reads on its own. The Kazakh and Russian wording follows
 * the usual form of a commission's protocol; the category words are those of the profession
 * cards (жоғары / бірінші / екінші санат).
 */
import { LANGS, type Lang } from '../../domain/shared/messages/index.js';
import { PDF_PROTOCOL_MESSAGES } from '../../domain/shared/messages/pdf-protocol.js';

export type ProtocolCategory = 'higher' | 'first' | 'second' | 'none';
export type ProtocolOutcome = 'assigned' | 'confirmed' | 'not-passed';

export type ProtocolLabels = {
  title: (n: string) => string;
  date: string;
  commission: string;
  chair: string;
  members: string;
  secretary: string;
  person: string;
  fullName: string;
  personnelNo: string;
  position: string;
  card: (c: { code: string; level: number; name: string }) => string;
  cardLabel: string;
  stages: string;
  testing: string;
  interview: string;
  heldOn: string;
  score: string;
  points: (score: string, max: string, percent: string) => string;
  result: string;
  passed: (p: boolean) => string;
  notes: string;
  notHeld: string;
  decision: string;
  outcomes: Record<ProtocolOutcome, string>;
  category: string;
  categories: Record<ProtocolCategory, string>;
  validUntil: string;
  until: (d: string) => string;
  reason: string;
  appeal: string;
  filedOn: string;
  appealText: string;
  appealOutcome: string;
  pending: string;
  basis: string;
  signatures: string;
  signChair: string;
  signMember: string;
  signSecretary: string;
  signature: string;
  footer: (p: { number: string; generated: string; page: number; pages: number }) => string;
};

/** The labels of one language, from the catalogue's `pdf.protocol.*`. */
function labels(lang: Lang): ProtocolLabels {
  const say = (key: keyof typeof PDF_PROTOCOL_MESSAGES, params: Record<string, string | number> = {}) =>
    PDF_PROTOCOL_MESSAGES[key][lang].replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) =>
      params[name] === undefined ? whole : String(params[name]),
    );
  return {
    date: say('pdf.protocol.date'),
    commission: say('pdf.protocol.commission'),
    chair: say('pdf.protocol.chair'),
    members: say('pdf.protocol.members'),
    secretary: say('pdf.protocol.secretary'),
    person: say('pdf.protocol.person'),
    fullName: say('pdf.protocol.fullName'),
    personnelNo: say('pdf.protocol.personnelNo'),
    position: say('pdf.protocol.position'),
    cardLabel: say('pdf.protocol.cardLabel'),
    stages: say('pdf.protocol.stages'),
    testing: say('pdf.protocol.testing'),
    interview: say('pdf.protocol.interview'),
    heldOn: say('pdf.protocol.heldOn'),
    score: say('pdf.protocol.score'),
    result: say('pdf.protocol.result'),
    notes: say('pdf.protocol.notes'),
    notHeld: say('pdf.protocol.notHeld'),
    decision: say('pdf.protocol.decision'),
    category: say('pdf.protocol.category'),
    validUntil: say('pdf.protocol.validUntil'),
    reason: say('pdf.protocol.reason'),
    appeal: say('pdf.protocol.appeal'),
    filedOn: say('pdf.protocol.filedOn'),
    appealText: say('pdf.protocol.appealText'),
    appealOutcome: say('pdf.protocol.appealOutcome'),
    pending: say('pdf.protocol.pending'),
    basis: say('pdf.protocol.basis'),
    signatures: say('pdf.protocol.signatures'),
    signChair: say('pdf.protocol.signChair'),
    signMember: say('pdf.protocol.signMember'),
    signSecretary: say('pdf.protocol.signSecretary'),
    signature: say('pdf.protocol.signature'),
    title: (number) => say('pdf.protocol.title', { number }),
    card: (c) => say('pdf.protocol.card', { code: c.code, name: c.name, level: c.level }),
    points: (score, max, percent) => say('pdf.protocol.points', { score, max, percent }),
    passed: (p) => say(p ? 'pdf.protocol.passed' : 'pdf.protocol.notPassed'),
    outcomes: {
      assigned: say('pdf.protocol.outcome.assigned'),
      confirmed: say('pdf.protocol.outcome.confirmed'),
      'not-passed': say('pdf.protocol.outcome.not-passed'),
    },
    categories: {
      higher: say('pdf.protocol.category.higher'),
      first: say('pdf.protocol.category.first'),
      second: say('pdf.protocol.category.second'),
      none: say('pdf.protocol.category.none'),
    },
    until: (date) => say('pdf.protocol.until', { date }),
    footer: (p) =>
      say('pdf.protocol.footer', { number: p.number, generated: p.generated, page: p.page, pages: p.pages }),
  };
}

export const PROTOCOL_LABELS: Record<Lang, ProtocolLabels> = Object.fromEntries(
  LANGS.map((lang) => [lang, labels(lang)]),
) as Record<Lang, ProtocolLabels>;
