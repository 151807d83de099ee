/**
 * Where a refused save's field errors go. The server names a field by its place in the document
 * (`content.modules.0.outcomes.1.text`); the editor files it under the module's, outcome's or
 * criterion's id instead (`o:<id>:text`), read from the document that was sent, so the message
 * stays next to the right outcome when modules are moved after the refusal. The same keys carry
 * the checks the browser makes before sending (an empty name or text).
 */
import type { ProgrammeContent } from '../../api/programme-editor';

export type EditorErrors = Record<string, string>;

/** `m:<id>:code`, `o:<id>:text`, `c:<id>:text`, or the header's own path (`title`, `volume.value`). */
export function errorKey(content: ProgrammeContent, path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'json' || parts[0] === 'body') parts.shift();
  if (parts[0] === 'content') parts.shift();
  if (parts[0] !== 'modules' || parts.length < 2) return parts.join('.');
  const module = content.modules[Number(parts[1])];
  if (!module) return parts.join('.');
  if (parts[2] !== 'outcomes' || parts.length < 4) return `m:${module.id}:${parts.slice(2).join('.')}`;
  const outcome = module.outcomes[Number(parts[3])];
  if (!outcome) return `m:${module.id}:${parts.slice(2).join('.')}`;
  if (parts[4] !== 'criteria' || parts.length < 6) return `o:${outcome.id}:${parts.slice(4).join('.')}`;
  const criterion = outcome.criteria[Number(parts[5])];
  if (!criterion) return `o:${outcome.id}:${parts.slice(4).join('.')}`;
  return `c:${criterion.id}:${parts.slice(6).join('.')}`;
}

/** The server's field errors (path → message) filed by id, the first message for a key kept. */
export function fileErrors(content: ProgrammeContent, byPath: Record<string, string>): EditorErrors {
  const out: EditorErrors = {};
  for (const [path, message] of Object.entries(byPath)) {
    const key = errorKey(content, path);
    if (!(key in out)) out[key] = message;
  }
  return out;
}

/** The errors filed under one module, outcome or criterion (`prefix` = `m:<id>:`), by field. */
export function errorsUnder(errors: EditorErrors, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors))
    if (key.startsWith(prefix)) out[key.slice(prefix.length)] = message;
  return out;
}

/**
 * What the browser can tell before sending: texts the server requires that are empty. `required`
 * is the message to show (in the page's language).
 */
export function localErrors(content: ProgrammeContent, required: string): EditorErrors {
  const out: EditorErrors = {};
  if (!content.title.trim()) out.title = required;
  for (const m of content.modules) {
    if (!m.code.trim()) out[`m:${m.id}:code`] = required;
    if (!m.name.trim()) out[`m:${m.id}:name`] = required;
    for (const o of m.outcomes) {
      if (!o.text.trim()) out[`o:${o.id}:text`] = required;
      for (const c of o.criteria) if (!c.text.trim()) out[`c:${c.id}:text`] = required;
    }
  }
  return out;
}
