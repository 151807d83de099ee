/**
 * The standard as files, for methodologists and the systems around them: the empty XLSX template
 * to fill in (in the page's language), and the current edition as that template, as the CSV
 * bundle, as an IMS CASE 1.1 package and as Kasip JSON. Plain links to the public API: they
 * download without signing in, so they can be handed on.
 */
import { useI18n } from '../../i18n';

export function Downloads() {
  const { t, lang } = useI18n();
  const links: [string, string][] = [
    [`/api/v1/standards/template.xlsx?lang=${lang}`, t('wb.download.emptyTemplate')],
    [`/api/v1/editions/current/template.xlsx?lang=${lang}`, t('wb.download.template')],
    ['/api/v1/editions/current/csv.zip', t('wb.download.csv')],
    ['/api/v1/editions/current/case', t('wb.download.case')],
    ['/api/v1/editions/current/export', t('wb.download.json')],
  ];
  return (
    <section aria-labelledby="wb-downloads-title" className="wb-downloads" data-testid="wb-downloads">
      <h2 id="wb-downloads-title">{t('wb.download.title')}</h2>
      <p className="small">{t('wb.download.lead')}</p>
      <ul>
        {links.map(([href, label]) => (
          <li key={href}>
            <a href={href} download>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
