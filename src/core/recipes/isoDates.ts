import { PyError } from '../errors';

/*
 * The ISO-8601 texts the date recipes read and print, as Python's `datetime` module does for
 * naive values: `date.fromisoformat('2020-01-31')`, `datetime.fromisoformat('2020-01-31T08:30:00')`,
 * `time.fromisoformat('08:30')` and their `isoformat()`. Days are counted on the proleptic
 * Gregorian calendar from 0001-01-01 (`date.toordinal() - 1`), years 1..9999 as in Python.
 * Only the common spellings are read (the subset every Python since 3.7 accepts); anything else is
 * refused with a message naming the accepted forms, so the copied Python never sees a text it
 * would read differently.
 */

const DAY_US = 86_400_000_000n;
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);

/** Days from 0001-01-01 to y-m-d (CPython's `ymd_to_ord(y, m, d) - 1`). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const py = y - 1;
  return py * 365 + Math.floor(py / 4) - Math.floor(py / 100) + Math.floor(py / 400) + DAYS_BEFORE_MONTH[m - 1] + (m > 2 && isLeap(y) ? 1 : 0) + d - 1;
}

/** The inverse of {@link daysFromCivil} (CPython's `ord_to_ymd(n + 1)`). */
export function civilFromDays(n: number): { y: number; m: number; d: number } {
  // CPython's ord_to_ymd: 400-year cycles of 146097 days, then 100-year (36524), 4-year (1461)
  // and single years (365); n1 == 4 or n100 == 4 is the 31st of December of the year before.
  const n400 = Math.floor(n / 146097);
  let r = n - n400 * 146097;
  const n100 = Math.floor(r / 36524);
  r -= n100 * 36524;
  const n4 = Math.floor(r / 1461);
  r -= n4 * 1461;
  const n1 = Math.floor(r / 365);
  r -= n1 * 365;
  const year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
  if (n1 === 4 || n100 === 4) return { y: year - 1, m: 12, d: 31 };
  const y = year;
  let m = 1;
  while (m < 12 && r >= DAYS_BEFORE_MONTH[m] + (m >= 2 && isLeap(y) ? 1 : 0)) m++;
  const d = r - DAYS_BEFORE_MONTH[m - 1] - (m > 2 && isLeap(y) ? 1 : 0) + 1;
  return { y, m, d };
}

const pad = (v: number, w: number) => String(v).padStart(w, '0');

function fail(what: string, text: string, forms: string): never {
  if (/([+-]\d{2}:?\d{2}|Z)$/.test(text) && /\d[T ]\d/.test(text)) {
    throw new PyError('ValueError', `${what}: time zones are not supported by this tool (give a naive time such as '2020-01-31T08:30:00'), not '${text}'`);
  }
  throw new PyError('ValueError', `${what}: expected ${forms}, not '${text}'`);
}

function checkDate(what: string, text: string, y: number, m: number, d: number): void {
  if (y < 1) throw new PyError('ValueError', `${what}: year 0 is out of range in '${text}'`);
  if (m < 1 || m > 12) throw new PyError('ValueError', `${what}: month must be in 1..12 in '${text}'`);
  if (d < 1 || d > daysInMonth(y, m)) throw new PyError('ValueError', `${what}: day is out of range for month in '${text}'`);
}

/** `date.fromisoformat(text)` as days from 0001-01-01; only `YYYY-MM-DD`. */
export function parseIsoDate(what: string, text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) fail(what, text, "an ISO date 'YYYY-MM-DD' such as '2020-01-31'");
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  checkDate(what, text, y, mo, d);
  return daysFromCivil(y, mo, d);
}

/** `date.isoformat()` of a day count from 0001-01-01. */
export function formatIsoDate(days: number): string {
  const { y, m, d } = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * `datetime.fromisoformat(text)` as microseconds from 0001-01-01T00:00 (a bigint): `YYYY-MM-DD`
 * (midnight) or `YYYY-MM-DD[T ]HH:MM[:SS[.fff | .ffffff]]`, naive (no time zone).
 */
export function parseIsoDatetime(what: string, text: string): bigint {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}|\d{6}))?)?)?$/.exec(text);
  if (!m) fail(what, text, "an ISO date-time 'YYYY-MM-DD[THH:MM[:SS[.ffffff]]]' such as '2020-01-31T08:30:00'");
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  checkDate(what, text, y, mo, d);
  const us = clockMicros(what, text, m[4], m[5], m[6], m[7]);
  return BigInt(daysFromCivil(y, mo, d)) * DAY_US + us;
}

/** `time.fromisoformat(text)` as microseconds from midnight: `HH:MM` or `HH:MM:SS` (whole seconds). */
export function parseIsoTime(what: string, text: string): bigint {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) fail(what, text, "an ISO time 'HH:MM[:SS]' such as '08:30:00'");
  return clockMicros(what, text, m[1], m[2], m[3], undefined);
}

function clockMicros(what: string, text: string, hh?: string, mm?: string, ss?: string, frac?: string): bigint {
  const [h, mi, s] = [Number(hh ?? 0), Number(mm ?? 0), Number(ss ?? 0)];
  if (h > 23 || mi > 59 || s > 59) throw new PyError('ValueError', `${what}: hour must be in 0..23, minute and second in 0..59 in '${text}'`);
  const us = frac === undefined ? 0 : Number(frac.padEnd(6, '0'));
  return BigInt(((h * 60 + mi) * 60 + s) * 1_000_000 + us);
}

/** The `timespec` names of `datetime.isoformat`, by the recipes' resolution names. */
export const TIMESPECS = { m: 'minutes', s: 'seconds', ms: 'milliseconds', us: 'microseconds' } as const;
export type Resolution = keyof typeof TIMESPECS;

/** Microseconds per step of each resolution. */
export const RESOLUTION_US: Record<Resolution, bigint> = { m: 60_000_000n, s: 1_000_000n, ms: 1000n, us: 1n };

/** `datetime.isoformat(timespec=TIMESPECS[res])` of microseconds from 0001-01-01T00:00. */
export function formatIsoDatetime(us: bigint, res: Resolution): string {
  const days = us / DAY_US;
  return `${formatIsoDate(Number(days))}T${formatIsoClock(us - days * DAY_US, res)}`;
}

/** `time.isoformat(timespec=…)` of microseconds from midnight (below one day). */
export function formatIsoClock(usOfDay: bigint, res: Resolution): string {
  const total = Number(usOfDay);
  const us = total % 1_000_000;
  const secs = (total - us) / 1_000_000;
  const hm = `${pad(Math.floor(secs / 3600), 2)}:${pad(Math.floor(secs / 60) % 60, 2)}`;
  switch (res) {
    case 'm':
      return hm;
    case 's':
      return `${hm}:${pad(secs % 60, 2)}`;
    case 'ms':
      return `${hm}:${pad(secs % 60, 2)}.${pad(Math.floor(us / 1000), 3)}`;
    case 'us':
      return `${hm}:${pad(secs % 60, 2)}.${pad(us, 6)}`;
  }
}
