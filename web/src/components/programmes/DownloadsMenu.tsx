/**
 * The programme's files: the DOCX handed in and its PDF (in Kazakh or Russian), the coverage
 * matrix as a spreadsheet, Moodle's competency-framework CSV and IMS CASE associations. Plain
 * links with a download attribute (the session cookie goes with them), inside a <details>
 * menu, so the keyboard opens it with Enter or Space and every file is a Tab away.
 */
import { exportBase } from '../../api/programme-tabs';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/kk';
import type { ProgrammeTabProps } from './tab-props';
import './programme-tabs.css';

type File = { path: string; name: string; label: MessageKey; lang?: 'kk' | 'ru' };

function files(title: string): { group: MessageKey; about: MessageKey; files: File[] }[] {
  const base =
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'programme';
  return [
    {
      group: 'prog.download.docx',
      about: 'prog.download.docxAbout',
      files: [
        { path: 'programme.docx?lang=kk', name: `${base}.kk.docx`, label: 'prog.download.inKk', lang: 'kk' },
        { path: 'programme.docx?lang=ru', name: `${base}.ru.docx`, label: 'prog.download.inRu', lang: 'ru' },
      ],
    },
    {
      group: 'prog.download.pdf',
      about: 'prog.download.pdfAbout',
      files: [
        { path: 'programme.pdf?lang=kk', name: `${base}.kk.pdf`, label: 'prog.download.inKk', lang: 'kk' },
        { path: 'programme.pdf?lang=ru', name: `${base}.ru.pdf`, label: 'prog.download.inRu', lang: 'ru' },
      ],
    },
    {
      group: 'prog.download.xlsx',
      about: 'prog.download.xlsxAbout',
      files: [{ path: 'coverage.xlsx', name: `${base}.coverage.xlsx`, label: 'prog.download.file' }],
    },
    {
      group: 'prog.download.moodle',
      about: 'prog.download.moodleAbout',
      files: [{ path: 'moodle-competencies.csv', name: `${base}.moodle.csv`, label: 'prog.download.file' }],
    },
    {
      group: 'prog.download.case',
      about: 'prog.download.caseAbout',
      files: [{ path: 'case-associations.json', name: `${base}.case.json`, label: 'prog.download.file' }],
    },
  ];
}

export function DownloadsMenu({ orgId, programme }: ProgrammeTabProps) {
  const { t } = useI18n();
  const base = exportBase(orgId, programme.id);
  return (
    <details className="prog-downloads" data-testid="prog-downloads">
      <summary>{t('prog.download.title')}</summary>
      <div className="prog-downloads-panel">
        {programme.status === 'draft' && <p className="muted small">{t('prog.download.draftNote')}</p>}
        <ul>
          {files(programme.content.title).map((g) => (
            <li key={g.group}>
              <strong>{t(g.group)}</strong>
              <span className="prog-download-links">
                {g.files.map((f) => (
                  <a
                    key={f.path}
                    href={`${base}/${f.path}`}
                    download={f.name}
                    hrefLang={f.lang}
                    data-testid={`prog-download-${f.path.replace(/\?lang=/, '-').replace(/\./g, '-')}`}
                  >
                    {t(f.label)}
                    <span className="visually-hidden"> ({t(g.group)})</span>
                  </a>
                ))}
              </span>
              <span className="muted small prog-download-about">{t(g.about)}</span>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
