import { describe, expect, it } from 'vitest';
import {
  contentCounts,
  emptyProgramme,
  headerFieldOf,
  isCurriculumFile,
  type ProgrammeContent,
  parseVolume,
  unitOf,
  withVolume,
} from './programmes';

describe('the new-programme form helpers', () => {
  it('finds the form field a field error names, wherever the request carried it', () => {
    expect(headerFieldOf('query.card')).toBe('card');
    expect(headerFieldOf('query.level')).toBe('card');
    expect(headerFieldOf('json.content.cards.0.code')).toBe('card');
    expect(headerFieldOf('json.content.title')).toBe('title');
    expect(headerFieldOf('content.volume.value')).toBe('volume');
    expect(headerFieldOf('form.file')).toBe('file');
    expect(headerFieldOf('body.form.lang')).toBe('lang');
    expect(headerFieldOf('json.content.modules.0.outcomes.1.text')).toBeNull();
    expect(headerFieldOf('')).toBeNull();
  });

  it('reads a typed-in volume: empty is none, a comma is a decimal point, out of range is NaN', () => {
    expect(parseVolume('')).toBeNull();
    expect(parseVolume('  ')).toBeNull();
    expect(parseVolume('1440')).toBe(1440);
    expect(parseVolume('60,5')).toBe(60.5);
    expect(parseVolume('-1')).toBeNaN();
    expect(parseVolume('100001')).toBeNaN();
    expect(parseVolume('сорок')).toBeNaN();
  });

  it('counts credits for universities and hours for the rest', () => {
    expect(unitOf('higher-education')).toBe('credits');
    expect(unitOf('tvet-modular')).toBe('hours');
    expect(unitOf('short-course')).toBe('hours');
  });

  it('takes .xlsx and .docx files only', () => {
    expect(isCurriculumFile('Жоспар.XLSX')).toBe(true);
    expect(isCurriculumFile('plan.docx')).toBe(true);
    expect(isCurriculumFile('plan.doc')).toBe(false);
    expect(isCurriculumFile('plan.xlsx.pdf')).toBe(false);
  });

  const choice = { code: '2635-3-001', level: 5, type: 'higher-education' as const, lang: 'ru' as const };

  it('starts an empty document on the chosen card and edition, named by the card when untitled', () => {
    const empty = emptyProgramme({ ...choice, title: '', volume: null }, 'ed-2023', 'Социальный работник');
    expect(empty).toEqual({
      title: 'Социальный работник',
      type: 'higher-education',
      lang: 'ru',
      volume: { unit: 'credits', value: 0 },
      cards: [{ code: '2635-3-001', level: 5, editionId: 'ed-2023' }],
      modules: [],
      exceptions: [],
    });
    expect(emptyProgramme({ ...choice, title: 'Моя', volume: 240 }, 'e', 'x')).toMatchObject({
      title: 'Моя',
      volume: { unit: 'credits', value: 240 },
    });
  });

  it("keeps the designer's volume over the proposal's, and counts what a document holds", () => {
    const content: ProgrammeContent = {
      ...emptyProgramme({ ...choice, title: 'T', volume: 10 }, 'e', 'x'),
      modules: [
        {
          id: 'm1',
          code: 'КМ 01',
          name: 'Модуль',
          kind: 'professional',
          hours: { theory: 10, practice: 20 },
          credits: null,
          outcomes: [
            {
              id: 'o1',
              text: 'Нәтиже',
              itemIds: ['s1', 'k1'],
              criteria: [],
              method: 'test',
              suggestions: [
                { itemId: 's2', score: 0.5, state: 'pending' },
                { itemId: 's3', score: 0.4, state: 'rejected' },
              ],
            },
            { id: 'o2', text: 'Екінші', itemIds: ['s1'], criteria: [], method: 'oral', suggestions: [] },
          ],
        },
      ],
    };
    expect(withVolume(content, null)).toBe(content);
    expect(withVolume(content, 60).volume).toEqual({ unit: 'credits', value: 60 });
    expect(contentCounts(content)).toEqual({ modules: 1, outcomes: 2, items: 2, suggestions: 1 });
  });
});
