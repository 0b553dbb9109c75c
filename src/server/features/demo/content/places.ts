import type { Currency } from '../../../../shared/vocabulary.ts';

export interface Place {
  city: string;
  region: string;
  country: string;
  /** The currency pay is quoted in there. */
  currency: Currency;
}

const CA = 'Canada';
const US = 'United States';
const UK = 'United Kingdom';

/** Sixteen cities across Canada, the US and the UK, plus remote "anywhere in" a country. */
export const PLACES = {
  toronto: { city: 'Toronto', region: 'Ontario', country: CA, currency: 'CAD' },
  ottawa: { city: 'Ottawa', region: 'Ontario', country: CA, currency: 'CAD' },
  montreal: { city: 'Montreal', region: 'Quebec', country: CA, currency: 'CAD' },
  vancouver: { city: 'Vancouver', region: 'British Columbia', country: CA, currency: 'CAD' },
  calgary: { city: 'Calgary', region: 'Alberta', country: CA, currency: 'CAD' },
  halifax: { city: 'Halifax', region: 'Nova Scotia', country: CA, currency: 'CAD' },
  chicago: { city: 'Chicago', region: 'Illinois', country: US, currency: 'USD' },
  austin: { city: 'Austin', region: 'Texas', country: US, currency: 'USD' },
  denver: { city: 'Denver', region: 'Colorado', country: US, currency: 'USD' },
  boston: { city: 'Boston', region: 'Massachusetts', country: US, currency: 'USD' },
  seattle: { city: 'Seattle', region: 'Washington', country: US, currency: 'USD' },
  atlanta: { city: 'Atlanta', region: 'Georgia', country: US, currency: 'USD' },
  london: { city: 'London', region: 'England', country: UK, currency: 'GBP' },
  manchester: { city: 'Manchester', region: 'England', country: UK, currency: 'GBP' },
  edinburgh: { city: 'Edinburgh', region: 'Scotland', country: UK, currency: 'GBP' },
  bristol: { city: 'Bristol', region: 'England', country: UK, currency: 'GBP' },
  remoteCanada: { city: '', region: '', country: CA, currency: 'CAD' },
  remoteUs: { city: '', region: '', country: US, currency: 'USD' },
  remoteUk: { city: '', region: '', country: UK, currency: 'GBP' },
  // Open to anyone; such roles are paid in US dollars as contractors.
  anywhere: { city: '', region: '', country: '', currency: 'USD' },
} as const satisfies Record<string, Place>;

export type PlaceKey = keyof typeof PLACES;
