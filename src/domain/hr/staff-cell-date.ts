/**
 * Dates in a staff list's cells. HR in Kazakhstan writes `DD.MM.YYYY` (sometimes with a trailing
 * «ж.» or «г.»); exports from other systems write ISO `YYYY-MM-DD`, and the XLSX reader turns
 * Excel's own dates into ISO. Two-digit years are refused: «01.09.15» could be 1915 or 2015.
 */
const DOTTED = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s*(?:ж|г)\.?)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const two = (n: string) => n.padStart(2, '0');

/** Days in a month of the proleptic Gregorian calendar; arithmetic, as a file has many thousands of dates. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The ISO date a cell names, or null when it is not a date that exists in the calendar. */
export function readCellDate(cell: string): string | null {
  const text = cell.trim();
  const dotted = DOTTED.exec(text);
  const iso = dotted ? null : ISO.exec(text);
  const ymd = dotted ? [dotted[3], dotted[2], dotted[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!ymd) return null;
  const [y = '', m = '', d = ''] = ymd;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(y), month)) return null;
  return `${y}-${two(m)}-${two(d)}`;
}

/** An ISO date as HR writes it: `2015-09-01` → `01.09.2015`. */
export function writeCellDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}
