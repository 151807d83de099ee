/**
 * The texts each section of a card shows, as the server's `display`s, so a section can say once
 * whether they are translations (translation-state.ts). Pure.
 */
import type { Card, Display, LabourFunction } from './api/types';

type Shown = { display: Display };

const displays = (texts: readonly (Shown | undefined)[]): Display[] =>
  texts.flatMap((text) => (text ? [text.display] : []));

/** Labour functions, their tasks, and every skill and knowledge item under them. */
export function labourFunctionTexts(functions: readonly LabourFunction[]): Display[] {
  return functions.flatMap((fn) => [
    fn.name.display,
    ...displays(fn.skills ?? []),
    ...displays(fn.knowledge ?? []),
    ...fn.tasks.flatMap((task) => [task.name.display, ...displays(task.skills), ...displays(task.knowledge)]),
  ]);
}

/** The requirements: group captions, each rule, the basis and the education level. */
export function qualificationTexts(card: Card): Display[] {
  const { qualification } = card;
  return [
    ...qualification.groups.flatMap((group) => [...displays([group.label]), ...displays(group.rules)]),
    ...displays([qualification.basis, card.educationLevel]),
  ];
}

export const sectionTexts = displays;
