/**
 * The server writes what each revision changed as short English phrases (for the audit trail:
 * src/domain/programmes/revision-summary.ts and the status operations). The history shows them in
 * the page's language: each known phrase shape is matched here and told with the page's words;
 * a phrase this list does not know is shown as the server wrote it (still true, only English).
 */
import type { Translate } from '../../i18n';
import type { MessageKey } from '../../i18n/kk';

const TYPES = ['tvet-modular', 'higher-education', 'upgrading-course', 'short-course'];
const LANGS = ['kk', 'ru'];
const KINDS = ['general', 'basic-professional', 'professional', 'practice'];
const METHODS = ['test', 'oral', 'written', 'practical-task', 'observation', 'case-study', 'project', 'portfolio'];
const STATUSES = ['draft', 'final', 'archived'];

type Vars = Record<string, string>;
type Shape = { re: RegExp; key: MessageKey; vars: (m: RegExpExecArray, t: Translate) => Vars };

/** An enumerated value in the page's words when it is one of `known`; as written otherwise. */
function word(t: Translate, prefix: string, known: readonly string[], value: string | undefined): string {
  const v = value ?? '';
  return known.includes(v) ? t(`${prefix}.${v}` as MessageKey) : v;
}

/** "720 hours" → "720 сағат". */
const units = (t: Translate, text: string | undefined) =>
  (text ?? '').replace(/\b(hours|credits)\b/g, (u) => t(u === 'hours' ? 'prog.unit.hours' : 'prog.unit.credits'));

const g = (m: RegExpExecArray, i: number) => m[i] ?? '';
const none = () => ({});

// In the order they are tried: a more particular shape before a more general one.
const SHAPES: Shape[] = [
  { re: /^created$/, key: 'prog.history.ph.created', vars: none },
  { re: /^finalised$/, key: 'prog.history.ph.finalised', vars: none },
  { re: /^archived$/, key: 'prog.history.ph.archived', vars: none },
  {
    re: /^reopened \(was (\S+)\)$/,
    key: 'prog.history.ph.reopened',
    vars: (m, t) => ({ was: word(t, 'prog.status', STATUSES, m[1]) }),
  },
  { re: /^title changed$/, key: 'prog.history.ph.title', vars: none },
  {
    re: /^type (\S+) → (\S+)$/,
    key: 'prog.history.ph.type',
    vars: (m, t) => ({ from: word(t, 'prog.type', TYPES, m[1]), to: word(t, 'prog.type', TYPES, m[2]) }),
  },
  {
    re: /^language (\S+) → (\S+)$/,
    key: 'prog.history.ph.lang',
    vars: (m, t) => ({ from: word(t, 'prog.lang', LANGS, m[1]), to: word(t, 'prog.lang', LANGS, m[2]) }),
  },
  {
    re: /^volume (.+) → (.+)$/,
    key: 'prog.history.ph.volume',
    vars: (m, t) => ({ from: units(t, m[1]), to: units(t, m[2]) }),
  },
  { re: /^card (\S+) added$/, key: 'prog.history.ph.cardAdded', vars: (m) => ({ card: g(m, 1) }) },
  { re: /^card (\S+) removed$/, key: 'prog.history.ph.cardRemoved', vars: (m) => ({ card: g(m, 1) }) },
  {
    re: /^card (\S+) moved to edition (\S+)$/,
    key: 'prog.history.ph.cardEdition',
    vars: (m) => ({ card: g(m, 1), edition: g(m, 2) }),
  },
  { re: /^modules reordered$/, key: 'prog.history.ph.modulesReordered', vars: none },
  {
    re: /^module (.+) code → (.+)$/,
    key: 'prog.history.ph.moduleCode',
    vars: (m) => ({ from: g(m, 1), to: g(m, 2) }),
  },
  {
    re: /^module (.+) kind (\S+) → (\S+)$/,
    key: 'prog.history.ph.moduleKind',
    vars: (m, t) => ({
      module: g(m, 1),
      from: word(t, 'prog.kind', KINDS, m[2]),
      to: word(t, 'prog.kind', KINDS, m[3]),
    }),
  },
  {
    re: /^module (.+) hours (\d+\+\d+) → (\d+\+\d+) \(theory\+practice\)$/,
    key: 'prog.history.ph.moduleHours',
    vars: (m) => ({ module: g(m, 1), from: g(m, 2), to: g(m, 3) }),
  },
  {
    re: /^module (.+) credits (\S+) → (\S+)$/,
    key: 'prog.history.ph.moduleCredits',
    vars: (m) => ({ module: g(m, 1), from: g(m, 2), to: g(m, 3) }),
  },
  { re: /^module (.+) renamed$/, key: 'prog.history.ph.moduleRenamed', vars: (m) => ({ module: g(m, 1) }) },
  { re: /^module (.+) added$/, key: 'prog.history.ph.moduleAdded', vars: (m) => ({ module: g(m, 1) }) },
  { re: /^module (.+) removed$/, key: 'prog.history.ph.moduleRemoved', vars: (m) => ({ module: g(m, 1) }) },
  { re: /^outcome (\S+) text changed$/, key: 'prog.history.ph.outcomeText', vars: (m) => ({ outcome: g(m, 1) }) },
  {
    re: /^outcome (\S+) added to (.+)$/,
    key: 'prog.history.ph.outcomeAdded',
    vars: (m) => ({ outcome: g(m, 1), module: g(m, 2) }),
  },
  {
    re: /^outcome (\S+) moved to (.+)$/,
    key: 'prog.history.ph.outcomeMoved',
    vars: (m) => ({ outcome: g(m, 1), module: g(m, 2) }),
  },
  {
    re: /^outcome (\S+) removed from (.+)$/,
    key: 'prog.history.ph.outcomeRemoved',
    vars: (m) => ({ outcome: g(m, 1), module: g(m, 2) }),
  },
  {
    re: /^(\d+) links? added to (\S+)$/,
    key: 'prog.history.ph.linksAdded',
    vars: (m) => ({ count: g(m, 1), outcome: g(m, 2) }),
  },
  {
    re: /^(\d+) links? removed from (\S+)$/,
    key: 'prog.history.ph.linksRemoved',
    vars: (m) => ({ count: g(m, 1), outcome: g(m, 2) }),
  },
  { re: /^criteria of (\S+) changed$/, key: 'prog.history.ph.criteria', vars: (m) => ({ outcome: g(m, 1) }) },
  {
    re: /^method of (\S+) (\S+) → (\S+)$/,
    key: 'prog.history.ph.method',
    vars: (m, t) => ({
      outcome: g(m, 1),
      from: word(t, 'prog.method', METHODS, m[2]),
      to: word(t, 'prog.method', METHODS, m[3]),
    }),
  },
  { re: /^suggestions of (\S+) changed$/, key: 'prog.history.ph.suggestions', vars: (m) => ({ outcome: g(m, 1) }) },
  { re: /^exception for (\S+) added$/, key: 'prog.history.ph.exceptionAdded', vars: (m) => ({ item: g(m, 1) }) },
  {
    re: /^exception reason for (\S+) changed$/,
    key: 'prog.history.ph.exceptionChanged',
    vars: (m) => ({ item: g(m, 1) }),
  },
  { re: /^exception for (\S+) removed$/, key: 'prog.history.ph.exceptionRemoved', vars: (m) => ({ item: g(m, 1) }) },
  { re: /^content changed$/, key: 'prog.history.ph.content', vars: none },
  { re: /^and (\d+) more$/, key: 'prog.history.ph.more', vars: (m) => ({ count: g(m, 1) }) },
];

/** The phrase in the page's words, or null when its shape is not known here. */
export function localisePhrase(phrase: string, t: Translate): string | null {
  for (const shape of SHAPES) {
    const m = shape.re.exec(phrase);
    if (m) return t(shape.key, shape.vars(m, t));
  }
  return null;
}
