/**
 * An edition as the rows of the methodologists' template (xlsx-template-layout.ts): one list of
 * rows per sheet, each row a map from column to cell. Sources are not written: the workbook is
 * for editing the text, and a draft's sources are compiled or attached afterwards.
 */
import type { Edition } from '../../domain/standard/edition.js';
import type { Card, QualificationRule } from '../../domain/standard/schemas.js';
import {
  BLOCK_TITLES,
  CARD_ROWS,
  CATEGORY_LABELS,
  CERTIFICATE_LABELS,
  type CardColumn,
  EDUCATION_FIELD_LABELS,
  EDUCATION_LEVEL_LABELS,
  GROUP_LABELS,
  PROVISION_KIND_LABELS,
  RELEVANT_FIELD,
  STANDARD_ROWS,
  STATUS_LABELS,
} from '../../domain/workbench/xlsx-template-layout.js';

export type TemplateRow = Partial<Record<CardColumn, string | number>> & { block?: true };
type Texts = { kk: string; ru?: string; en?: string };

const texts = (t: Texts | undefined): TemplateRow =>
  t ? { kk: t.kk, ...(t.ru ? { ru: t.ru } : {}), ...(t.en ? { en: t.en } : {}) } : {};
const block = (title: string): TemplateRow => ({ type: title, block: true });
const list = (values: string[]): string => values.join(', ');

function ruleRows(rule: QualificationRule): TemplateRow[] {
  const rows: TemplateRow[] = [
    {
      type: CARD_ROWS.rule,
      id: rule.id,
      ...texts(rule),
      ...(rule.note ? { note: rule.note } : {}),
      ...(rule.category ? { category: CATEGORY_LABELS[rule.category].kk } : {}),
      ...(rule.experience
        ? {
            years: rule.experience.minYears,
            ...(rule.experience.inCategory ? { inCategory: CATEGORY_LABELS[rule.experience.inCategory].kk } : {}),
            ...(rule.experience.where ? { where: rule.experience.where } : {}),
          }
        : {}),
    },
  ];
  for (const e of rule.education) {
    rows.push({
      type: CARD_ROWS.education,
      educationLevel: EDUCATION_LEVEL_LABELS[e.minLevel].kk,
      ...(e.fields
        ? {
            fields:
              e.fields === 'relevant' ? RELEVANT_FIELD.kk : list(e.fields.map((f) => EDUCATION_FIELD_LABELS[f].kk)),
          }
        : {}),
      ...(e.certificate ? { certificate: CERTIFICATE_LABELS[e.certificate].kk } : {}),
    });
  }
  return rows;
}

export function cardRows(card: Card): TemplateRow[] {
  const rows: TemplateRow[] = [
    block(BLOCK_TITLES.card),
    { type: CARD_ROWS.title, id: card.id, ...texts(card.title) },
    { type: CARD_ROWS.code, kk: card.code.value },
    { type: CARD_ROWS.name, ...texts(card.name) },
    { type: CARD_ROWS.level, kk: card.level.value },
  ];
  for (const n of card.otherNames) {
    rows.push({ type: CARD_ROWS.otherName, id: n.id, ...texts(n), ...(n.code ? { code: n.code } : {}) });
  }
  rows.push(block(BLOCK_TITLES.qualification));
  if (card.qualification.basis) rows.push({ type: CARD_ROWS.basis, ...texts(card.qualification.basis) });
  for (const g of card.qualification.groups) {
    rows.push({ type: CARD_ROWS.group, id: g.id, group: GROUP_LABELS[g.group].kk, ...texts(g.label) });
    for (const rule of g.rules) rows.push(...ruleRows(rule));
  }
  const el = card.educationLevel;
  rows.push({
    type: CARD_ROWS.educationLevel,
    ...texts(el),
    educationLevel: list(el.levels.map((l) => EDUCATION_LEVEL_LABELS[l].kk)),
    ...(el.fields ? { fields: list(el.fields.map((f) => EDUCATION_FIELD_LABELS[f].kk)) } : {}),
  });
  rows.push(block(BLOCK_TITLES.functions));
  for (const f of card.labourFunctions) {
    rows.push({
      type: CARD_ROWS.labourFunction,
      id: f.id,
      ...(f.number !== undefined ? { number: f.number } : {}),
      ...texts(f.name),
      ...(f.note ? { note: f.note } : {}),
    });
    for (const t of f.tasks) {
      rows.push({ type: CARD_ROWS.task, id: t.id, ...texts(t.name), ...(t.note ? { note: t.note } : {}) });
      for (const s of t.skills) rows.push(numbered(CARD_ROWS.skill, s));
      for (const k of t.knowledge) rows.push(numbered(CARD_ROWS.knowledge, k));
    }
    for (const s of f.skills ?? []) rows.push(numbered(CARD_ROWS.functionSkill, s));
    for (const k of f.knowledge ?? []) rows.push(numbered(CARD_ROWS.functionKnowledge, k));
  }
  rows.push(block(BLOCK_TITLES.more));
  if (card.personalCompetencies)
    rows.push({ type: CARD_ROWS.personalCompetencies, ...texts(card.personalCompetencies) });
  for (const l of card.links) {
    rows.push({
      type: CARD_ROWS.link,
      id: l.id,
      level: l.level,
      ...texts(l),
      ...(l.note ? { note: l.note } : {}),
      ...(l.card ? { cardCode: l.card.code, cardLevel: l.card.level } : {}),
    });
  }
  for (const q of card.qualificationLink) rows.push({ type: CARD_ROWS.qualificationLink, id: q.id, ...texts(q) });
  if (card.workingConditions) rows.push({ type: CARD_ROWS.workingConditions, ...texts(card.workingConditions) });
  for (const note of card.notes ?? []) rows.push({ type: CARD_ROWS.cardNote, note });
  return rows;
}

function numbered(type: string, t: Texts & { id: string; number?: string; note?: string }): TemplateRow {
  return {
    type,
    id: t.id,
    ...(t.number !== undefined ? { number: t.number } : {}),
    ...texts(t),
    ...(t.note ? { note: t.note } : {}),
  };
}

export function standardRows(edition: Edition): TemplateRow[] {
  const m = edition.meta;
  const rows: TemplateRow[] = [
    block(BLOCK_TITLES.order),
    { type: STANDARD_ROWS.standard, id: m.standard.id, ...texts(m.standard.title) },
    { type: STANDARD_ROWS.edition, id: m.id, kk: STATUS_LABELS[m.status].kk },
    { type: STANDARD_ROWS.orderNumber, kk: m.order.number },
    { type: STANDARD_ROWS.orderDate, kk: m.order.date },
    { type: STANDARD_ROWS.registrationNumber, kk: m.order.registration.number },
    { type: STANDARD_ROWS.registrationDate, kk: m.order.registration.date },
    { type: STANDARD_ROWS.inForceFrom, kk: m.order.inForceFrom },
    { type: STANDARD_ROWS.issuer, ...texts(m.order.issuer) },
    { type: STANDARD_ROWS.legalBasis, ...texts(m.order.legalBasis) },
  ];
  if (m.supersedes) rows.push({ type: STANDARD_ROWS.supersedes, id: m.supersedes });
  rows.push(block(BLOCK_TITLES.provisions));
  for (const p of m.provisions) {
    rows.push({ ...numbered(STANDARD_ROWS.provision, p), kind: PROVISION_KIND_LABELS[p.kind].kk });
  }
  return rows;
}

/** The Standard sheet of the empty template: every row type once, values blank. */
export function emptyStandardRows(): TemplateRow[] {
  return [
    block(BLOCK_TITLES.order),
    ...Object.values(STANDARD_ROWS)
      .filter((t) => t !== STANDARD_ROWS.provision && t !== STANDARD_ROWS.supersedes)
      .map((type) => ({ type })),
    block(BLOCK_TITLES.provisions),
    { type: STANDARD_ROWS.provision },
  ];
}

/** A card sheet of the empty template: the printed card's rows, values blank. */
export function emptyCardRows(): TemplateRow[] {
  return [
    block(BLOCK_TITLES.card),
    ...[CARD_ROWS.title, CARD_ROWS.code, CARD_ROWS.name, CARD_ROWS.level, CARD_ROWS.otherName].map((type) => ({
      type,
    })),
    block(BLOCK_TITLES.qualification),
    { type: CARD_ROWS.group },
    { type: CARD_ROWS.rule },
    { type: CARD_ROWS.education },
    { type: CARD_ROWS.educationLevel },
    block(BLOCK_TITLES.functions),
    { type: CARD_ROWS.labourFunction },
    { type: CARD_ROWS.task },
    { type: CARD_ROWS.skill },
    { type: CARD_ROWS.knowledge },
    block(BLOCK_TITLES.more),
    { type: CARD_ROWS.personalCompetencies },
    { type: CARD_ROWS.link },
    { type: CARD_ROWS.workingConditions },
  ];
}

export const termRow = (t: Edition['terms'][number]): (string | number)[] => [
  t.id,
  t.number ?? '',
  t.term.kk,
  t.term.ru ?? '',
  t.term.en ?? '',
  t.definition.kk,
  t.definition.ru ?? '',
  t.definition.en ?? '',
];

export const professionRow = (p: Edition['professions'][number]): (string | number)[] => [
  p.id,
  p.number ?? '',
  p.name.kk,
  p.name.ru ?? '',
  p.name.en ?? '',
  p.levels.join(', '),
  p.kk,
  p.cards.map((c) => `${c.code}/${c.level}`).join('; '),
  p.note ?? '',
  p.ru ?? '',
  p.en ?? '',
];
