import { describe, expect, it } from 'vitest';
import { requestLog } from './logging.ts';
import { hashIp } from './spam.ts';

describe('request log lines', () => {
  it('keep the path and a salted hash of the client, never its address or a token', () => {
    const log = requestLog('a-secret');
    const line = log({ method: 'GET', url: '/blog/comments/unsubscribe?token=sig.abc', ip: '203.0.113.9' });
    expect(line).toEqual({
      method: 'GET',
      url: '/blog/comments/unsubscribe',
      client: hashIp('a-secret', '203.0.113.9'),
    });
    expect(JSON.stringify(line)).not.toMatch(/203\.0\.113\.9|sig\.abc/);
    // Another install's secret gives another hash, so logs cannot be matched across sites.
    const elsewhere = requestLog('another-secret')({ method: 'GET', url: '/', ip: '203.0.113.9' });
    expect(elsewhere.client).not.toBe(line.client);
  });
});
