/**
 * How Kasip's items speak IMS CASE 1.1, shared by the CFPackage writer (src/exports/case) and
 * reader (src/importer/standard): one CFItemType per item kind, where each kind keeps the
 * official Kazakh text that becomes a CFItem's `fullStatement`, and the name of the extension
 * that carries what CASE cannot say. Pure; see docs/interchange.md ("IMS CASE 1.1").
 */
import { ITEM_KINDS, type ItemKind } from '../standard/item-tree.js';

/** The key under `extensions` of every CASE object Kasip writes. */
export const KASIP_EXTENSION = 'kasip';

/** What the package's `caseVersion` says (the only value CASE 1.1 allows). */
export const CASE_VERSION = '1.1';

export type CaseItemType = {
  /** `typeCode` of the CFItemType: the Kasip kind itself. */
  kind: ItemKind;
  /** CFItemType `title` and each CFItem's `CFItemType` label. */
  title: string;
  /** Kazakh and Russian names, for the CFItemType `description` and for reading foreign packages. */
  kk: string;
  ru: string;
  /** CFItemType `hierarchyCode`: where the kind sits in the card's tree. */
  hierarchyCode: string;
};

export const CASE_ITEM_TYPES: Record<ItemKind, CaseItemType> = {
  card: {
    kind: 'card',
    title: 'Profession card',
    kk: 'Мамандық картасы',
    ru: 'Карточка профессии',
    hierarchyCode: '1',
  },
  otherName: { kind: 'otherName', title: 'Other name', kk: 'Басқа атауы', ru: 'Другое название', hierarchyCode: '1.1' },
  qualificationGroup: {
    kind: 'qualificationGroup',
    title: 'Qualification group',
    kk: 'Біліктілік тобы',
    ru: 'Группа квалификации',
    hierarchyCode: '1.2',
  },
  qualificationRule: {
    kind: 'qualificationRule',
    title: 'Qualification requirement',
    kk: 'Біліктілік талабы',
    ru: 'Квалификационное требование',
    hierarchyCode: '1.2.1',
  },
  labourFunction: {
    kind: 'labourFunction',
    title: 'Labour function',
    kk: 'Еңбек функциясы',
    ru: 'Трудовая функция',
    hierarchyCode: '1.3',
  },
  task: { kind: 'task', title: 'Task', kk: 'Міндет', ru: 'Задача', hierarchyCode: '1.3.1' },
  skill: { kind: 'skill', title: 'Skill', kk: 'Дағды', ru: 'Умение', hierarchyCode: '1.3.1.1' },
  knowledge: { kind: 'knowledge', title: 'Knowledge', kk: 'Білім', ru: 'Знание', hierarchyCode: '1.3.1.2' },
  link: {
    kind: 'link',
    title: 'Related profession',
    kk: 'Байланысты мамандық',
    ru: 'Связанная профессия',
    hierarchyCode: '1.4',
  },
  qualificationLink: {
    kind: 'qualificationLink',
    title: 'Qualification link',
    kk: 'Біліктілік байланысы',
    ru: 'Связь с квалификацией',
    hierarchyCode: '1.5',
  },
  term: { kind: 'term', title: 'Term', kk: 'Термин', ru: 'Термин', hierarchyCode: '2' },
  profession: { kind: 'profession', title: 'Profession', kk: 'Кәсіп', ru: 'Профессия', hierarchyCode: '3' },
};

const byLabel = new Map<string, ItemKind>(
  ITEM_KINDS.flatMap((kind) => {
    const t = CASE_ITEM_TYPES[kind];
    return [kind, t.title, t.kk, t.ru].map((label) => [label.toLowerCase(), kind] as [string, ItemKind]);
  }),
);

/** The kind a CFItem's type label (or a CFItemType's typeCode/title) names, in any of its spellings. */
export function kindOfLabel(label: string | undefined): ItemKind | undefined {
  return label === undefined ? undefined : byLabel.get(label.trim().toLowerCase());
}

/**
 * Where a kind keeps its main text (the object whose `kk` is the `fullStatement`): the item
 * itself, or one of its fields (`name`, `term`, `label`). Derived from the same choice as
 * `textOf` in item-tree.ts, which the search and the workbench show as the item's text.
 */
export function statementField(kind: ItemKind): 'name' | 'term' | 'label' | undefined {
  switch (kind) {
    case 'card':
    case 'labourFunction':
    case 'task':
    case 'profession':
      return 'name';
    case 'term':
      return 'term';
    case 'qualificationGroup':
      return 'label';
    default:
      return undefined;
  }
}

/** Adoption status of the CFDocument for each edition status (CASE's usual words). */
export const ADOPTION_STATUS = {
  draft: 'Draft',
  'in-force': 'Adopted',
  superseded: 'Deprecated',
  repealed: 'Deprecated',
} as const;
