import type { Salary } from '../../../shared/openings.ts';
import { ZERO_DECIMAL_CURRENCIES } from '../../../shared/vocabulary.ts';

const PER_YEAR: Record<Salary['period'], number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

/** The top of a salary range as a yearly amount in minor units, for "minimum salary" filters. */
export function yearlyTop(s: Salary | null): number | null {
  if (!s) return null;
  const top = s.max ?? s.min;
  return top === null ? null : top * PER_YEAR[s.period];
}

export function minorPerMajor(currency: string): number {
  return ZERO_DECIMAL_CURRENCIES.includes(currency) ? 1 : 100;
}

/** "$55,000 – $70,000 per year", in the given locale. */
export function formatSalary(s: Salary | null, locale = 'en-US'): string {
  if (!s) return '';
  // Whole amounts print without decimals; hourly pay such as £12.75 keeps its pennies.
  const perMajor = minorPerMajor(s.currency);
  const whole = [s.min, s.max].every((v) => v === null || v % perMajor === 0);
  const fmt = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: s.currency,
    ...(whole ? { maximumFractionDigits: 0 } : {}),
  });
  const major = (v: number) => fmt.format(v / perMajor);
  const range =
    s.min !== null && s.max !== null && s.min !== s.max
      ? `${major(s.min)} – ${major(s.max)}`
      : s.min !== null
        ? s.max === null
          ? `From ${major(s.min)}`
          : major(s.min)
        : `Up to ${major(s.max as number)}`;
  return `${range} ${{ hour: 'per hour', day: 'per day', week: 'per week', month: 'per month', year: 'per year' }[s.period]}`;
}
