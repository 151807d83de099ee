import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BUNDLED_EDITION = path.join(ROOT, 'data/standards/social-protection/editions/order-262-2023');
export const MINI_EDITION = path.join(ROOT, 'test/fixtures/mini-standard/editions/mini-2024');
/** The official text as delivered to the project, when the shared folder is beside the repo. */
export const SHARED_SOURCE = path.join(ROOT, '../shared/standard/order-262-social-protection.kk.txt');
/** A small invented standard of two cards, filled in by hand in the empty XLSX template (README beside it). */
export const TWO_CARD_XLSX = path.join(ROOT, 'test/fixtures/workbench/two-card-standard.xlsx');
