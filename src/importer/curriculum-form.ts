/**
 * The curriculum import's form (multipart/form-data): the file, and the card, level, type,
 * language and title of the programme it becomes. The adapter hands a body reader the bytes
 * without the Content-Type's parameters, so the boundary is read from the body's first line
 * (RFC 7578: the body starts with it), and the platform's own multipart parser does the rest.
 */
import type { CurriculumFile } from '../domain/programmes/curriculum-table.js';
import { readCurriculumFile } from './curriculum-file.js';

export const CURRICULUM_FORM_FIELDS = ['card', 'level', 'type', 'lang', 'title'] as const;

export type CurriculumForm = Partial<Record<(typeof CURRICULUM_FORM_FIELDS)[number], string>> & {
  file: CurriculumFile;
};

const BOUNDARY = /^--([\x21-\x7e]{1,70})\r\n/;

/** The form's fields and its file taken apart; a body that is no such form has no file. */
export async function readCurriculumForm(body: Uint8Array): Promise<CurriculumForm> {
  const first = new TextDecoder('latin1').decode(body.subarray(0, 80));
  const boundary = BOUNDARY.exec(first)?.[1];
  if (!boundary) return { file: { unreadable: 'not-a-file' } };
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    }).formData();
  } catch {
    return { file: { unreadable: 'not-a-file' } };
  }
  const out: CurriculumForm = { file: { unreadable: 'not-a-file' } };
  for (const name of CURRICULUM_FORM_FIELDS) {
    const value = form.get(name);
    if (typeof value === 'string' && value.trim() !== '') out[name] = value.slice(0, 1000);
  }
  const file = form.get('file');
  if (file !== null && typeof file !== 'string') {
    out.file = await readCurriculumFile(new Uint8Array(await file.arrayBuffer()));
  }
  return out;
}
