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

/** An extension origin for tests: the API answers only extension origins. */
export const TEST_EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/**
 * A browser-like client: keeps the session cookie (named for the port, as browsers share cookies
 * across the ports of 127.0.0.1), and sends the portal's Origin on form posts.
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

  /** Calls the API as the extension's background does: this browser's cookie, an extension Origin, JSON. */
  api(path: string, body: unknown, origin = TEST_EXTENSION_ORIGIN): Promise<HttpResponse> {
    return httpRequest(this.port, {
      method: 'POST',
      path,
      headers: { ...this.cookieHeader(), origin, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  get cookieName(): string {
    return `esr_session_${this.port}`;
  }

  /** The other cookies the portal set (a reset in progress, say), sent back as a browser would. */
  private readonly otherCookies = new Map<string, string>();

  private cookieHeader(): Record<string, string> {
    const all = [this.cookie, ...this.otherCookies.values()].filter((c) => c !== undefined);
    return all.length === 0 ? {} : { cookie: all.join('; ') };
  }

  private keepCookie(response: HttpResponse): HttpResponse {
    for (const setCookie of response.headers['set-cookie'] ?? []) {
      const pair = setCookie.split(';')[0] ?? '';
      const name = pair.slice(0, pair.indexOf('='));
      const cleared = pair === `${name}=`;
      if (name === this.cookieName) this.cookie = cleared ? undefined : pair;
      else if (cleared) this.otherCookies.delete(name);
      else this.otherCookies.set(name, pair);
    }
    return response;
  }
}

export function challengeIn(html: string): string {
  // On the page for the extension, or in the portal's own form (the set-up code page has only that).
  const match = /data-esr-challenge="([A-Za-z0-9_-]+)"/.exec(html) ?? /name="challenge" value="([A-Za-z0-9_-]+)"/.exec(html);
  if (match?.[1] === undefined) throw new Error('no challenge on the page');
  return match[1];
}
