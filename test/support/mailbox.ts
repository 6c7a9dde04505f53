import { DEMO_MAILBOX_PASSWORD } from '../../helper/personas.js';
import { httpRequest, type HttpResponse } from './http-client.js';

/**
 * Someone at the demo mailbox, as a browser would be: the mailbox cookie kept apart from any ESR
 * session, the portal's own Origin on posts.
 */
export class MailboxReader {
  cookie: string | undefined;
  constructor(readonly port: number) {}

  /** Posts the sign-in form; on success the mailbox cookie is kept for `read`. */
  async signIn(username: string, password = DEMO_MAILBOX_PASSWORD): Promise<HttpResponse> {
    return this.keepCookie(await this.post('/demo/mailbox', { username, password }));
  }

  async read(path = '/demo/mailbox'): Promise<HttpResponse> {
    return this.keepCookie(await httpRequest(this.port, { path, headers: this.cookie === undefined ? {} : { cookie: this.cookie } }));
  }

  async close(): Promise<HttpResponse> {
    return this.keepCookie(await this.post('/demo/mailbox/close', {}));
  }

  post(path: string, fields: Record<string, string>): Promise<HttpResponse> {
    return httpRequest(this.port, {
      method: 'POST',
      path,
      headers: { ...(this.cookie === undefined ? {} : { cookie: this.cookie }), origin: `http://127.0.0.1:${this.port}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  private keepCookie(response: HttpResponse): HttpResponse {
    const setCookie = response.headers['set-cookie']?.find((c) => c.startsWith(`esr_mailbox_${this.port}=`));
    if (setCookie !== undefined) {
      const value = setCookie.split(';')[0] ?? '';
      this.cookie = value === `esr_mailbox_${this.port}=` ? undefined : value;
    }
    return response;
  }
}

/** Signs in to one person's mailbox with the demo mailbox password and returns the page of their messages. */
export async function readMailboxOf(port: number, username: string): Promise<HttpResponse> {
  const reader = new MailboxReader(port);
  const signedIn = await reader.signIn(username);
  if (signedIn.headers.location !== '/demo/mailbox') throw new Error(`could not open the mailbox of ${username}: ${signedIn.status}`);
  return reader.read();
}
