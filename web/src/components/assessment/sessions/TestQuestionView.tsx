/**
 * One question of the online test with native inputs: radio buttons for a single choice,
 * checkboxes for a multiple choice, a text field for a short answer. Choices are saved as soon
 * as they are made; typed text a moment after typing stops, and when the field is left.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SaveState, TestQuestion, TestResponse } from '../../../api/assessment-sessions';
import { useI18n } from '../../../i18n';

export function TestQuestionView({
  question,
  n,
  total,
  answer,
  disabled,
  onAnswer,
}: {
  question: TestQuestion;
  n: number;
  total: number;
  answer: TestResponse | null;
  disabled: boolean;
  onAnswer: (response: TestResponse) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const chosen = Array.isArray(answer) ? answer : [];
  const [text, setText] = useState(typeof answer === 'string' ? answer : '');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSent = useRef(typeof answer === 'string' ? answer : '');
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const sendText = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    if (value === lastSent.current) return;
    lastSent.current = value;
    onAnswer(value);
  };

  return (
    <fieldset className="test-question" disabled={disabled} aria-describedby={`${id}-hint`}>
      <legend>
        <span className="test-qno">{t('test.question', { n, total })}</span>
        <span className="test-stem" data-testid="question-stem">
          {question.stem}
        </span>
      </legend>
      {question.kind === 'short' ? (
        <p>
          <label htmlFor={`${id}-text`}>{t('test.answerLabel')}</label>
          <input
            id={`${id}-text`}
            type="text"
            value={text}
            maxLength={1000}
            autoComplete="off"
            onChange={(e) => {
              const value = e.target.value;
              setText(value);
              if (timer.current) clearTimeout(timer.current);
              timer.current = setTimeout(() => sendText(value), 800);
            }}
            onBlur={() => sendText(text)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') sendText(text);
            }}
          />
          <span id={`${id}-hint`} className="visually-hidden" />
        </p>
      ) : (
        <>
          <p id={`${id}-hint`} className="muted small">
            {question.kind === 'single' ? t('test.single') : t('test.multiple')}
          </p>
          <ul className="test-options">
            {question.options.map((o) => (
              <li key={o.id}>
                <label>
                  <input
                    type={question.kind === 'single' ? 'radio' : 'checkbox'}
                    name={`${id}-options`}
                    value={o.id}
                    checked={chosen.includes(o.id)}
                    onChange={(e) => {
                      if (question.kind === 'single') onAnswer([o.id]);
                      else
                        onAnswer(
                          e.target.checked
                            ? question.options.map((x) => x.id).filter((x) => x === o.id || chosen.includes(x))
                            : chosen.filter((x) => x !== o.id),
                        );
                    }}
                  />{' '}
                  {o.text}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}

/** The save state of the question shown, announced politely. */
export function SaveStatus({ state, answered }: { state: SaveState | undefined; answered: boolean }) {
  const { t } = useI18n();
  const text =
    state === undefined
      ? answered
        ? t('test.state.saved')
        : t('test.state.none')
      : typeof state === 'object'
        ? t('test.state.refused', { reason: state.refused })
        : t(`test.state.${state}`);
  const kind = state === undefined ? (answered ? 'saved' : 'none') : typeof state === 'object' ? 'refused' : state;
  return (
    <p
      className={`test-save test-save-${kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-state"
      data-state={kind}
    >
      {text}
    </p>
  );
}
