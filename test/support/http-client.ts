import http from 'node:http';

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json<T = unknown>(): T;
}

export interface HttpRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Raw HTTP with full control of Host and Origin (fetch refuses to set Host). */
export function httpRequest(port: number, request: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, agent: false, method: request.method ?? 'GET', path: request.path, headers: { host: `127.0.0.1:${port}`, ...request.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: <T>() => JSON.parse(body) as T });
        });
      },
    );
    req.on('error', reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/**
 * A browser-like client: keeps the session cookie, sends the portal's Origin on posts, and reads
 * the API token and challenge the portal renders for the extension.
 */
export class PortalClient {
  cookie: string | undefined;
  constructor(readonly port: number) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async get(path: string): Promise<HttpResponse> {
    return this.keepCookie(await httpRequest(this.port, { path, headers: this.cookieHeader() }));
  }

  async postForm(path: string, fields: Record<string, string>): Promise<HttpResponse> {
    return this.keepCookie(
      await httpRequest(this.port, {
        method: 'POST',
        path,
        headers: { ...this.cookieHeader(), origin: this.origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      }),
    );
  }

  /** Calls the API as the extension does: bearer token, extension Origin, JSON body. */
  api(path: string, body: unknown, token?: string, origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop'): Promise<HttpResponse> {
    return httpRequest(this.port, {
      method: 'POST',
      path,
      headers: { origin, 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
    });
  }

  private cookieHeader(): Record<string, string> {
    return this.cookie === undefined ? {} : { cookie: this.cookie };
  }

  private keepCookie(response: HttpResponse): HttpResponse {
    const setCookie = response.headers['set-cookie']?.find((c) => c.startsWith('esr_session='));
    if (setCookie !== undefined) {
      const value = setCookie.split(';')[0] ?? '';
      this.cookie = value === 'esr_session=' ? undefined : value;
    }
    return response;
  }
}

export function apiTokenIn(html: string): string {
  const match = /<meta name="esr-mfa-api-token" content="([A-Za-z0-9_-]+)">/.exec(html);
  if (match?.[1] === undefined) throw new Error('no API token on the page');
  return match[1];
}

export function challengeIn(html: string): string {
  const match = /data-esr-challenge="([A-Za-z0-9_-]+)"/.exec(html);
  if (match?.[1] === undefined) throw new Error('no challenge on the page');
  return match[1];
}
