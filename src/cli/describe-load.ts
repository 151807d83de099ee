/** One line that says what a load did. */
import type { LoadReport } from '../services/edition.service.js';

export function describeLoad(r: LoadReport): string {
  const i = r.items;
  const what = r.created
    ? 'loaded'
    : i.inserted + i.updated + i.deprecated === 0 && !r.metadataChanged
      ? 'unchanged'
      : 'updated';
  return `${r.edition}: ${what} — ${i.total} items (${i.inserted} new, ${i.updated} changed, ${i.unchanged} unchanged, ${i.deprecated} deprecated); ${r.warnings.length} data warnings${r.fidelityProblems ? `, ${r.fidelityProblems} fidelity problems` : ''}.`;
}
