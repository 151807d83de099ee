/**
 * What every part of the modules editor reads: the draft, the one way to change it, whether it may
 * be changed, the refused save's errors by id, and the cards' items. One context instead of the
 * same five props handed through modules, outcomes, criteria and suggestions.
 */
import { createContext, useContext } from 'react';
import type { ProgrammeContent } from '../../api/programme-editor';
import type { CardIndex } from './editor-cards';
import type { EditorErrors } from './editor-errors';

export type EditorContextValue = {
  orgId: string;
  draft: ProgrammeContent;
  edit: (change: (content: ProgrammeContent) => ProgrammeContent) => void;
  readOnly: boolean;
  errors: EditorErrors;
  cards: CardIndex;
};

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the modules editor');
  return value;
}
