/**
 * The web app's HTML shell in the language the visitor asked for: a link's `?lang=`, else the
 * browser's Accept-Language, else Kazakh (locale.ts's pickLang). Only `<html lang>` changes, so a
 * screen reader or a crawler reads the first paint in the right language before the app starts;
 * the app itself then keeps it in step with the visitor's stored choice (web/src/i18n).
 * `appShell` also names the files and the API answer the page will ask for (shell-preloads.ts).
 */
import type { Lang } from './locale.js';
import { preloadLinks, preloadsFor } from './shell-preloads.js';
import type { ViteManifest } from './vite-manifest.js';

export function shellInLanguage(html: string, lang: Lang): string {
  const tag = /<html\b[^>]*>/i.exec(html);
  if (!tag) return html;
  const withLang = /\slang="[^"]*"/i.test(tag[0])
    ? tag[0].replace(/\slang="[^"]*"/i, ` lang="${lang}"`)
    : tag[0].replace(/^<html/i, `<html lang="${lang}"`);
  return html.slice(0, tag.index) + withLang + html.slice(tag.index + tag[0].length);
}

/**
 * The shell as answered: `<html lang>` set, and before `</head>` the preloads of what the page at
 * `pathname` will fetch in `lang` (shell-preloads.ts; `pathname` null for a page the app does not
 * have). A pure function of its arguments, so it is tested without a server or a build. Without a
 * manifest, or without a `</head>`, the shell is only translated.
 */
export function appShell(
  html: string,
  lang: Lang,
  pathname: string | null,
  manifest: ViteManifest | undefined,
): string {
  const translated = shellInLanguage(html, lang);
  if (!manifest) return translated;
  // Not repeated: a file index.html already names (the entry's own preloads) is not named twice.
  const preloads = preloadsFor(manifest, lang, pathname).filter((p) => !translated.includes(`"${p.href}"`));
  const head = translated.search(/<\/head>/i);
  if (head < 0 || preloads.length === 0) return translated;
  return `${translated.slice(0, head)}  ${preloadLinks(preloads)}\n  ${translated.slice(head)}`;
}
