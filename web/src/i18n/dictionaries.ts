/**
 * Every language's dictionary at once, for tests and tools. The app never imports this file: it
 * loads one language at a time (loadDictionary in ./index), so the first page load stays small.
 */
import { en } from './en';
import type { Lang } from './index';
import { kk, type MessageKey } from './kk';
import { ru } from './ru';

export const dictionaries: Record<Lang, Record<MessageKey, string>> = { kk, ru, en };
