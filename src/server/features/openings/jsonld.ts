import type { Opening } from '../../../shared/openings.ts';
import { minorPerMajor } from './salary.ts';

const EMPLOYMENT: Record<Opening['employmentType'], string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
};
const UNIT: Record<string, string> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };

/** The schema.org JobPosting that search engines read from a job page. */
export function jobPostingLd(o: Opening, descriptionHtml: string, site: { name: string; publicUrl: string }) {
  const place = {
    '@type': 'Place',
    address: {
      '@type': 'PostalAddress',
      ...(o.city ? { addressLocality: o.city } : {}),
      ...(o.region ? { addressRegion: o.region } : {}),
      ...(o.country ? { addressCountry: o.country } : {}),
    },
  };
  const remote = o.workplaceType === 'remote';
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: o.title,
    description: descriptionHtml,
    identifier: { '@type': 'PropertyValue', name: site.name, value: o.slug },
    datePosted: (o.postedAt ?? o.createdAt).slice(0, 10),
    ...(o.validThrough ? { validThrough: o.validThrough } : {}),
    employmentType: EMPLOYMENT[o.employmentType],
    hiringOrganization: {
      '@type': 'Organization',
      name: o.companyName,
      ...(o.companyWebsite ? { sameAs: o.companyWebsite } : {}),
    },
    ...(remote
      ? {
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: { '@type': 'Country', name: o.country || 'Anywhere' },
        }
      : { jobLocation: place }),
    ...(o.salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: o.salary.currency,
            value: {
              '@type': 'QuantitativeValue',
              ...(o.salary.min !== null ? { minValue: o.salary.min / minorPerMajor(o.salary.currency) } : {}),
              ...(o.salary.max !== null ? { maxValue: o.salary.max / minorPerMajor(o.salary.currency) } : {}),
              unitText: UNIT[o.salary.period],
            },
          },
        }
      : {}),
    url: `${site.publicUrl}/jobs/${o.slug}`,
  };
}
