/**
 * The official text's contents: its chapters as printed and, under them, each profession card
 * named in the page's language, each a link to the line where it starts (#L…), so a phone user
 * jumps instead of scrolling 85,000 px.
 */
import type { OutlineEntry } from './source-outline';
import { useI18n } from '../../i18n';

export function SourceContents({ entries }: { entries: OutlineEntry[] }) {
  const { t } = useI18n();
  if (entries.length === 0) return null;
  return (
    <nav className="source-contents" aria-labelledby="source-contents-title" data-testid="source-contents">
      <details open>
        <summary id="source-contents-title">{t('source.contents')}</summary>
        <ol>
          {entries.map((e) => (
            <li key={`${e.kind}:${e.line}`} className={`toc-${e.kind}`}>
              <a href={`#L${e.line}`}>
                {e.kind === 'card' ? (
                  <>
                    <span className="toc-code">
                      {t('source.cardEntry', { code: e.code ?? '', level: e.level ?? '' })}
                    </span>{' '}
                    {e.label}
                  </>
                ) : (
                  <span lang="kk">{e.label}</span>
                )}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
