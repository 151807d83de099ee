/**
 * What the assessment and certificate operations are built from: the current edition's cards
 * (shared with HR, so a new edition starts one new assembly for all) and the accounts settings
 * (the public address that test links, verification pages and `did:web` are made of).
 */
import type { AccountsConfig } from '../../config.js';
import type { Cards } from '../hr/hr-context.js';

export type AssessmentDeps = { cards: Cards; accounts: AccountsConfig };
