/**
 * The web app's HTML shell in the language the visitor asked for: a link's `?lang=`, else the
 * browser's Accept-Language, else Kazakh (locale.ts's pickLang). Only `<html lang>` changes, so a
 * screen reader or a crawler reads the first paint in the right language before the app starts;
 * the app itself then keeps it in step with the visitor's stored choice (web/src/i18n).
 */
import type { Lang } from './locale.js';

export function shellInLanguage(html: string, lang: Lang): string {
  const tag = /<html\b[^>]*>/i.exec(html);
  if (!tag) return html;
  const withLang = /\slang="[^"]*"/i.test(tag[0])
    ? tag[0].replace(/\slang="[^"]*"/i, ` lang="${lang}"`)
    : tag[0].replace(/^<html/i, `<html lang="${lang}"`);
  return html.slice(0, tag.index) + withLang + html.slice(tag.index + tag[0].length);
}
