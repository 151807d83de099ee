/**
 * A database with no edition gets the bundled ones, so the first `npm start` — or the first
 * `kasip search` — works without a separate `kasip load`.
 */
import type { Config } from '../config.js';
import { findEditionFolders, readEdition } from '../importer/read-edition.js';
import type { Services } from '../services/index.js';
import { describeLoad } from './describe-load.js';

export async function loadBundledIfEmpty(
  services: Services,
  config: Config,
  log: (msg: string) => void,
): Promise<void> {
  if (!(await services.editions.isEmpty())) return;
  for (const folder of await findEditionFolders(config.standardsDir)) {
    const report = await services.editions.load(await readEdition(folder));
    log(`First start: ${describeLoad(report)}`);
  }
}
