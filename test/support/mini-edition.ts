import type { Edition } from '../../src/domain/standard/edition.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { MINI_EDITION } from './paths.js';

/** The small hand-made standard of test/fixtures, as a fresh value each call. */
export const miniEdition = (): Promise<Edition> => readEdition(MINI_EDITION);
