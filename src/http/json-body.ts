/**
 * A JSON request body, read within bounds. The size is bounded before this (operation-route.ts);
 * here its nesting is: no input of Kasip is deeper than a handful of levels, while 1 MiB of `[`
 * is half a million, which every later walk over the value (validation, logging of field paths)
 * would pay for. The depth is counted on the text, before JSON.parse builds anything.
 */
import { AppError } from '../domain/shared/errors.js';

/** Far above any of our schemas (a staff record in an import is 5 levels deep). */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of arrays and objects in JSON text; strings (and their escapes) are skipped. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // a backslash escapes the next character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return deepest;
}

export function parseJsonBody(bytes: Uint8Array): unknown {
  const text = new TextDecoder().decode(bytes);
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new AppError('validation_failed', `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('validation_failed', 'The request body is not valid JSON.');
  }
}
