import type { Page } from 'puppeteer-core';

export interface HostileAttempt {
  route: string;
  /** One per credential tried: `answered <status>: <body>` or `refused: <error code or network>`. */
  outcomes: string[];
}

/**
 * What a script injected into the portal page (XSS, a compromised library) would try, run in the
 * page's own world: gather every value that looks like a token from the DOM, cookies and storage,
 * then call each API route that reveals or changes MFA with the page's cookies, and with each
 * value as a bearer token.
 */
export function hostilePageScript(page: Page): Promise<HostileAttempt[]> {
  return page.evaluate(async () => {
    const found = new Set<string>();
    const collect = (text: string | null) => { for (const match of (text ?? '').matchAll(/[A-Za-z0-9_-]{32,}/g)) found.add(match[0]); };
    for (const element of document.querySelectorAll('*')) for (const attribute of Array.from(element.attributes)) collect(attribute.value);
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot.innerHTML);
    collect(document.cookie);
    for (const storage of [localStorage, sessionStorage]) for (let i = 0; i < storage.length; i++) collect(storage.getItem(storage.key(i) ?? ''));
    const bodies: Record<string, unknown> = { 'status': {}, 'enrolment/start': {}, 'enrolment/confirm': { code: '000000' }, 'recovery-codes/regenerate': { code: '000000' } };
    const attempts: { route: string; outcomes: string[] }[] = [];
    for (const [route, body] of Object.entries(bodies)) {
      const outcomes: string[] = [];
      // Every credential-looking value, on the plain path and on one the router decodes to it.
      for (const [token, prefix] of [null, ...found].flatMap((t) => [[t, '/api/v1/'], [t, '/%61pi/v1/']] as const)) {
        try {
          const response = await fetch(`${prefix}${route}`, {
            method: 'POST',
            credentials: 'include',
            headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
            body: JSON.stringify(body),
          });
          const text = await response.text();
          const code = /"code":"([a-z-]+)"/.exec(text)?.[1];
          outcomes.push(response.status === 403 && code !== undefined ? `refused: ${code}` : `answered ${response.status}: ${text.slice(0, 80)}`);
        } catch {
          outcomes.push('refused: network');
        }
      }
      attempts.push({ route, outcomes });
    }
    return attempts;
  });
}
