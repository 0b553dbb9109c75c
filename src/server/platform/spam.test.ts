import { describe, expect, it } from 'vitest';
import {
  countLinks,
  findDisallowedWord,
  hashIp,
  MIN_FILL_MS,
  readFormStamp,
  signFormStamp,
  spamReason,
} from './spam.ts';

const secret = 'a-secret-long-enough-for-tests';
const now = 1_800_000_000_000;
const base = { secret, honeypot: '', texts: ['Hello, I am looking for work.'], words: [], now };
const stampAgo = (ms: number) => signFormStamp(secret, now - ms);

describe('form stamp', () => {
  it('reads back what it signed', () => {
    expect(readFormStamp(secret, signFormStamp(secret, now))).toBe(now);
  });

  it('refuses forged, altered, foreign and malformed stamps', () => {
    const good = signFormStamp(secret, now);
    const [body, sig] = good.split('.') as [string, string];
    expect(readFormStamp('another-secret', good)).toBeNull();
    expect(readFormStamp(secret, `${(now - 60_000).toString(36)}.${sig}`)).toBeNull();
    expect(readFormStamp(secret, `${body}.${sig}.x`)).toBeNull();
    expect(readFormStamp(secret, body)).toBeNull();
    expect(readFormStamp(secret, '')).toBeNull();
    expect(readFormStamp(secret, undefined)).toBeNull();
    expect(readFormStamp(secret, 'x'.repeat(500))).toBeNull();
    expect(readFormStamp(secret, `ZZ.${sig}`)).toBeNull();
  });
});

describe('spamReason', () => {
  it('passes a person who took their time', () => {
    expect(spamReason({ ...base, stamp: stampAgo(MIN_FILL_MS + 1) })).toBeNull();
  });

  it('catches a filled honeypot first', () => {
    expect(spamReason({ ...base, honeypot: 'http://x.example', stamp: stampAgo(60_000) })).toBe('honeypot');
    expect(spamReason({ ...base, honeypot: '   ', stamp: stampAgo(60_000) })).toBeNull();
  });

  it('catches a post faster than a person, and a missing or forged stamp', () => {
    expect(spamReason({ ...base, stamp: stampAgo(500) })).toBe('too_fast');
    expect(spamReason({ ...base, stamp: undefined })).toBe('bad_stamp');
    expect(spamReason({ ...base, stamp: signFormStamp('other', now - 60_000) })).toBe('bad_stamp');
    expect(spamReason({ ...base, stamp: stampAgo(500), minFillMs: 100 })).toBeNull();
  });

  it('allows two links and catches a third, across fields', () => {
    const stamp = stampAgo(60_000);
    expect(spamReason({ ...base, stamp, texts: ['see https://a.example and www.b.example'] })).toBeNull();
    expect(
      spamReason({ ...base, stamp, texts: ['https://a.example http://b.example', 'www.c.example'] }),
    ).toBe('too_many_links');
  });

  it('catches a disallowed word', () => {
    expect(
      spamReason({ ...base, stamp: stampAgo(60_000), texts: ['Cheap CASINO bonus'], words: ['casino'] }),
    ).toBe('disallowed_word');
  });
});

describe('countLinks', () => {
  it('counts written and bare links, case-insensitively', () => {
    expect(countLinks('HTTPS://A.example, http://b, www.c.example, nowww.d')).toBe(3);
    expect(countLinks('no links here')).toBe(0);
  });
});

describe('findDisallowedWord', () => {
  const words = ['casino', 'crypto bonus', 'c++'];
  it('matches whole words and phrases, ignoring case and look-alike letters', () => {
    expect(findDisallowedWord('Try our Casino!', words)).toBe('casino');
    expect(findDisallowedWord('a CRYPTO BONUS today', words)).toBe('crypto bonus');
    expect(findDisallowedWord('ｃａｓｉｎｏ night', words)).toBe('casino');
    expect(findDisallowedWord('I know C++ well', words)).toBe('c++');
  });

  it('does not match inside other words, and ignores blank entries', () => {
    expect(findDisallowedWord('casinos and occasional', ['casino'])).toBeNull();
    expect(findDisallowedWord('anything', ['', '  '])).toBeNull();
  });
});

describe('hashIp', () => {
  it('is stable per secret, differs between secrets, and never contains the IP', () => {
    const h = hashIp(secret, '203.0.113.7');
    expect(h).toBe(hashIp(secret, '203.0.113.7'));
    expect(h).not.toBe(hashIp('other', '203.0.113.7'));
    expect(h).not.toContain('203.0.113.7');
    expect(h).toMatch(/^[0-9a-f]{32}$/);
  });
});
