/**
 * The IIN (individual identification number): 12 digits, the last a check digit computed with
 * two weight sequences (the second used when the first gives 10; a result of 10 again means
 * the number is invalid). Never log one: callers keep it out of messages.
 */
const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

export function iinCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const sum = (w: number[]) => digits.reduce((acc, d, i) => acc + d * (w[i] ?? 0), 0) % 11;
  let check = sum(W1);
  if (check === 10) check = sum(W2);
  return check === 10 ? null : check;
}

export type IinProblem = 'format' | 'check-digit' | 'date';

/** Why an IIN is invalid, or null when it is valid. The message never repeats the number. */
export function iinProblem(iin: string): IinProblem | null {
  if (!/^\d{12}$/.test(iin)) return 'format';
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return 'date';
  const check = iinCheckDigit(iin.slice(0, 11));
  return check === null || check !== Number(iin[11]) ? 'check-digit' : null;
}

export const isValidIin = (iin: string) => iinProblem(iin) === null;
