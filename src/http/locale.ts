/**
 * The display language of a request: `?lang=` first, then Accept-Language, then Kazakh.
 */
import { isLang, type Lang } from '../domain/shared/messages/lang.js';

export { isLang, type Lang, LANGS } from '../domain/shared/messages/lang.js';

export function pickLang(query: string | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(query)) return query;
  if (acceptLanguage) {
    const wanted = acceptLanguage
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.find((p) => p.trim().startsWith('q='));
        return { tag: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) : 1 };
      })
      .filter((x) => !Number.isNaN(x.q))
      .sort((a, b) => b.q - a.q);
    for (const { tag } of wanted) if (isLang(tag)) return tag;
  }
  return 'kk';
}
