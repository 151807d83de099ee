/**
 * A word-level difference: deleted words struck through, inserted words underlined, each also
 * announced to screen readers ("removed: …", "added: …"), so the change is not shown by colour only.
 */
import type { WordOp } from '../format';
import { useI18n } from '../i18n';

export function WordDiff({ words, lang = 'kk' }: { words: WordOp[]; lang?: string }) {
  const { t } = useI18n();
  return (
    <p className="word-diff" lang={lang} data-testid="word-diff">
      {words.map((w, i) => {
        const space = i > 0 ? ' ' : '';
        const key = `${i}-${w.op}`;
        if (w.op === 'add')
          return (
            <span key={key}>
              {space}
              <ins>
                <span className="visually-hidden">[{t('changes.srIns')}: </span>
                {w.text}
                <span className="visually-hidden">]</span>
              </ins>
            </span>
          );
        if (w.op === 'del')
          return (
            <span key={key}>
              {space}
              <del>
                <span className="visually-hidden">[{t('changes.srDel')}: </span>
                {w.text}
                <span className="visually-hidden">]</span>
              </del>
            </span>
          );
        return (
          <span key={key}>
            {space}
            {w.text}
          </span>
        );
      })}
    </p>
  );
}
