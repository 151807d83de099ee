/**
 * /orgs/:orgId/programmes/new — a new programme from a card: the designer chooses the card, type,
 * language, title and volume, then starts from the card's proposal (a module per labour function,
 * an outcome per task) or from an empty document, or imports their own curriculum (XLSX or DOCX:
 * its modules and outcomes, with suggested links to the card's items to accept or reject in the
 * editor). A proposal and an import are shown before they are created; then the programme page opens.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import {
  CURRICULUM_MAX_BYTES,
  createProgramme,
  currentEditionId,
  defaultProgrammeLang,
  emptyProgramme,
  headerFieldOf,
  isCurriculumFile,
  type NewProgrammeChoice,
  type ProgrammeContent,
  type ProgrammeImport,
  parseVolume,
  proposeProgramme,
  uploadCurriculum,
  withVolume,
} from '../../api/programmes';
import type { Me } from '../../api/session';
import { type NewErrors, type NewField, type NewFields, NewForm } from '../../components/programmes/NewForm';
import { NewPreview } from '../../components/programmes/NewPreview';
import { ImportReport } from '../../components/programmes/ImportReport';
import { ListFrame, ProgrammeError } from '../../components/programmes/ListFrame';
import { messageLanguage, serverDetail } from '../../components/problem-text';
import { parseCardKey, useAllCards } from '../../components/CardPicker';
import { useTitle } from '../../components/useTitle';
import { type Translate, useI18n } from '../../i18n';
import { navigate } from '../../router';

export default function NewProgrammePage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  useTitle(t('prog.new.title'));
  return (
    <ListFrame
      titleId="new-programme-title"
      title={t('prog.new.title')}
      back={{ href: `/orgs/${orgId}/programmes`, label: t('prog.title') }}
    >
      {(me) => <NewProgramme orgId={orgId} me={me} />}
    </ListFrame>
  );
}

type Preview =
  | { content: ProgrammeContent; from: 'propose' }
  | { content: ProgrammeContent; from: 'import'; imported: ProgrammeImport; fileName: string };

const FIELD_ORDER: readonly NewField[] = ['card', 'type', 'lang', 'title', 'volume', 'file'];

function NewProgramme({ orgId, me }: { orgId: string; me: Me }) {
  const { t, lang } = useI18n();
  const all = useAllCards();
  const form = useRef<HTMLDivElement>(null);
  const [fields, setFields] = useState<NewFields>({
    card: '',
    type: 'tvet-modular',
    lang: defaultProgrammeLang(lang),
    title: '',
    volume: '',
    start: 'propose',
    file: null,
  });
  const [errors, setErrors] = useState<NewErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);

  // A changed choice makes a shown preview stale: it goes, and the designer asks again.
  const change = (patch: Partial<NewFields>) => {
    setFields((f) => ({ ...f, ...patch }));
    setPreview(null);
    setError(null);
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) delete next[(key === 'start' ? 'file' : key) as NewField];
      return next;
    });
  };

  // After the errors are shown (committed), the focus goes to the first field that has one, or the message.
  const [failures, setFailures] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new failure moves the focus, not typing
  useEffect(() => {
    if (failures === 0) return;
    const first = FIELD_ORDER.find((f) => errors[f]);
    const target = first
      ? form.current?.querySelector<HTMLElement>(`[aria-describedby$="-${first}-error"]`)
      : form.current?.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [failures]);

  const fail = (found: NewErrors, general: unknown = null) => {
    setErrors(found);
    setError(general);
    setFailures((n) => n + 1);
  };

  const check = (): { choice: NewProgrammeChoice; found: NewErrors } => {
    const found: NewErrors = {};
    const card = parseCardKey(fields.card);
    if (!card) found.card = t('prog.new.err.card');
    const volume = parseVolume(fields.volume);
    if (volume !== null && Number.isNaN(volume)) found.volume = t('prog.new.err.volume');
    if (fields.title.trim().length > 300) found.title = t('prog.new.err.title');
    if (fields.start === 'import') {
      if (!fields.file) found.file = t('prog.import.err.noFile');
      else if (!isCurriculumFile(fields.file.name)) found.file = t('prog.import.err.format');
      else if (fields.file.size > CURRICULUM_MAX_BYTES) found.file = t('prog.import.err.tooBig', { mb: 10 });
    }
    const choice: NewProgrammeChoice = {
      code: card?.code ?? '',
      level: card?.level ?? 0,
      type: fields.type,
      lang: fields.lang,
      title: fields.title.trim(),
      volume: volume !== null && !Number.isNaN(volume) ? volume : null,
    };
    return { choice, found };
  };

  const create = async (content: ProgrammeContent) => {
    const created = await createProgramme(orgId, content);
    navigate(`/orgs/${orgId}/programmes/${encodeURIComponent(created.id)}`);
  };

  const submit = async () => {
    const { choice, found } = check();
    if (Object.keys(found).length > 0) return fail(found);
    setErrors({});
    setError(null);
    setPreview(null);
    setBusy(true);
    try {
      if (fields.start === 'propose') {
        const content = await proposeProgramme(orgId, choice);
        setPreview({ from: 'propose', content: withVolume(content, choice.volume) });
      } else if (fields.start === 'empty') {
        const card = all.cards?.find((c) => c.code === choice.code && c.level === choice.level);
        const name = card ? (card.name[choice.lang] ?? card.name.kk) : `${choice.code} / ${choice.level}`;
        await create(emptyProgramme(choice, await currentEditionId(lang), name));
      } else if (fields.file) {
        const file = fields.file;
        setProgress(0);
        const imported = await uploadCurriculum({
          orgId,
          file,
          choice,
          uiLang: lang,
          csrfToken: me.csrfToken ?? '',
          onProgress: setProgress,
        });
        setPreview({
          from: 'import',
          content: withVolume(imported.content, choice.volume),
          imported,
          fileName: file.name,
        });
      }
    } catch (e) {
      fail(...fieldProblems(e, t, lang));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const createPreview = async () => {
    if (!preview) return;
    setError(null);
    setBusy(true);
    try {
      await create(preview.content);
    } catch (e) {
      fail(...fieldProblems(e, t, lang));
      setBusy(false);
    }
  };

  return (
    <div ref={form} className="prog-new">
      <p className="muted">{t('prog.new.lead')}</p>
      <NewForm fields={fields} errors={errors} busy={busy} progress={progress} onChange={change} onSubmit={submit} />
      {error !== null && !preview && <ProgrammeError error={error} testId="new-error" />}
      {preview && (
        <NewPreview
          content={preview.content}
          heading={preview.from === 'propose' ? t('prog.preview.proposal') : t('prog.preview.imported')}
          busy={busy}
          onCreate={createPreview}
          onBack={() => {
            setPreview(null);
            form.current?.querySelector<HTMLElement>('[data-testid="new-submit"]')?.focus();
          }}
        >
          {preview.from === 'import' && <ImportReport report={preview.imported.report} fileName={preview.fileName} />}
        </NewPreview>
      )}
      {/* A refused create is said under the preview's buttons, where the designer is. */}
      {error !== null && preview && <ProgrammeError error={error} testId="new-error" />}
    </div>
  );
}

/**
 * A refused proposal, upload or create as errors under the fields they name (in the page's words,
 * or the server's own when it speaks the page's language, as the import does), and the rest as
 * one message. A file over the bound is said plainly whatever answered it (413, or the 400 of the
 * body bound).
 */
function fieldProblems(error: unknown, t: Translate, lang: 'kk' | 'ru' | 'en'): [NewErrors, unknown] {
  if (!(error instanceof ApiError)) return [{}, error];
  const detail = error.problem?.detail ?? '';
  if (error.status === 413 || (error.status === 400 && /larger than/i.test(detail)))
    return [{ file: t('prog.import.err.tooBig', { mb: 10 }) }, null];
  const found: NewErrors = {};
  for (const e of error.problem?.errors ?? []) {
    const field = headerFieldOf(e.path);
    if (!field || found[field]) continue;
    found[field] =
      field !== 'file'
        ? t(`prog.new.err.${field}`)
        : messageLanguage(e.message, error.answerLang) === lang
          ? e.message
          : (serverDetail(error, lang) ?? t('prog.import.err.unreadable'));
  }
  const named = Object.keys(found).length > 0;
  return [found, named ? null : error];
}
