import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';

/** A thin app.inject client that checks every status and parses replies with the shared schemas. */
export class Api {
  constructor(
    private readonly app: FastifyInstance,
    private readonly origin: string,
  ) {}

  async post<T>(
    url: string,
    cookie: string,
    payload: object,
    schema: z.ZodType<T>,
    status = 201,
  ): Promise<T> {
    const res = await this.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { origin: this.origin, cookie },
    });
    if (res.statusCode !== status) throw new Error(`POST ${url} answered ${res.statusCode}: ${res.body}`);
    return schema.parse(res.json());
  }

  async put<T>(url: string, cookie: string, payload: object, schema: z.ZodType<T>): Promise<T> {
    const res = await this.app.inject({
      method: 'PUT',
      url,
      payload,
      headers: { origin: this.origin, cookie },
    });
    if (res.statusCode !== 200) throw new Error(`PUT ${url} answered ${res.statusCode}: ${res.body}`);
    return schema.parse(res.json());
  }

  /** Posts a public HTML form as a browser would, from its own address; returns the redirect. */
  async postForm(url: string, fields: Record<string, string>, remoteAddress: string): Promise<string> {
    const res = await this.app.inject({
      method: 'POST',
      url,
      remoteAddress,
      payload: new URLSearchParams(fields).toString(),
      headers: { origin: this.origin, 'content-type': 'application/x-www-form-urlencoded' },
    });
    if (res.statusCode !== 303) throw new Error(`POST ${url} answered ${res.statusCode}: ${res.body}`);
    return String(res.headers.location ?? '');
  }

  async get<T>(url: string, cookie: string, schema: z.ZodType<T>): Promise<T> {
    const res = await this.app.inject({ method: 'GET', url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`GET ${url} answered ${res.statusCode}: ${res.body}`);
    return schema.parse(res.json());
  }
}
