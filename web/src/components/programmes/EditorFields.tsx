/**
 * The editor's labelled fields: a text line, a text area and a whole or half number, each with its
 * error under it (tied to the input with aria-describedby). A number field keeps what is typed as
 * text, so clearing it to type a new number does not snap back to 0.
 */
import { useEffect, useId, useState } from 'react';

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id} data-testid="prog-field-error">
      {message}
    </p>
  );
}

type Common = {
  label: string;
  error?: string | undefined;
  className?: string;
  testId?: string;
  /** A fixed id, for a field something focuses (a new module's name). */
  id?: string;
};

export function TextField({
  label,
  value,
  onChange,
  error,
  maxLength,
  multiline = false,
  className,
  testId,
  id: fixedId,
}: Common & { value: string; onChange: (value: string) => void; maxLength: number; multiline?: boolean }) {
  const generated = useId();
  const id = fixedId ?? generated;
  const errorId = `${id}-error`;
  const shared = {
    id,
    value,
    maxLength,
    required: true,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    'data-testid': testId,
  } as const;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...shared} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function NumberField({
  label,
  value,
  onChange,
  error,
  min = 0,
  max,
  step = 1,
  className,
  testId,
}: Common & { value: number; onChange: (value: number) => void; min?: number; max: number; step?: number }) {
  const id = useId();
  const errorId = `${id}-error`;
  const [text, setText] = useState(String(value));
  // A change from outside (a reload, another field) shows; what is being typed is left alone.
  useEffect(() => {
    setText((old) => (Number(old) === value && old.trim() !== '' ? old : String(value)));
  }, [value]);
  const accept = (raw: string) => {
    setText(raw);
    const n = Number(raw.replace(',', '.'));
    if (raw.trim() !== '' && Number.isFinite(n) && n >= min && n <= max && Number.isInteger(n / step)) onChange(n);
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={step < 1 ? 'decimal' : 'numeric'}
        min={min}
        max={max}
        step={step}
        value={text}
        onChange={(e) => accept(e.target.value)}
        onBlur={() => setText(String(value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-testid={testId}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
