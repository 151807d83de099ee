/** No programmes yet: what the designer does, and where to start. */
import { useI18n } from '../../i18n';
import { Link } from '../../router';

export function ListEmpty({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  return (
    <div className="prog-empty notice" data-testid="prog-empty">
      <p>
        <strong>{t('prog.list.empty')}</strong>
      </p>
      <p>{t('prog.list.emptyLead')}</p>
      <ul>
        <li>{t('prog.list.emptyPropose')}</li>
        <li>{t('prog.list.emptyImport')}</li>
        <li>{t('prog.list.emptyCoverage')}</li>
        <li>{t('prog.list.emptyExport')}</li>
      </ul>
      <p>
        <Link className="button" href={`/orgs/${orgId}/programmes/new`}>
          {t('prog.new.button')}
        </Link>
      </p>
    </div>
  );
}
