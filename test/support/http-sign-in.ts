import { API_PATHS } from '../../shared/api.js';
import { DEMO_PASSWORD } from '../../helper/personas.js';
import { challengeIn, type HttpResponse, type PortalClient } from './http-client.js';
import type { makeDeviceKey } from './device-key.js';
import type { ServerFixture } from './server-fixture.js';
import { codeNow } from './sign-in.js';

export type DeviceKey = Awaited<ReturnType<typeof makeDeviceKey>>;

/** Posts the login form as the browser would, signing the page's nonce when the browser has a device key. */
export async function postLogin(client: PortalClient, username: string, options: { key?: DeviceKey; password?: string } = {}): Promise<HttpResponse> {
  const page = (await client.get('/login')).body;
  const nonce = /<meta name="esr-mfa-device-nonce" content="([A-Za-z0-9_-]+)">/.exec(page)?.[1] ?? '';
  const deviceProof = options.key === undefined ? '' : JSON.stringify(await options.key.prove(nonce));
  return client.postForm('/login', { username, password: options.password ?? DEMO_PASSWORD, deviceProof });
}

/**
 * Signs in over HTTP as a browser with the extension would: the password, then (if asked) an app
 * code through the API, then the page's own completion post. The clock moves a step after a code.
 */
export async function signInOverHttp(
  fx: ServerFixture,
  username: string,
  options: { key?: DeviceKey; secret?: string; rememberDevice?: boolean } = {},
): Promise<{ client: PortalClient; neededCode: boolean }> {
  const client = fx.client();
  const login = await postLogin(client, username, options);
  if (login.headers.location === '/portal') return { client, neededCode: false };
  if (login.headers.location !== '/login/verify') throw new Error(`sign-in refused: ${login.status}`);
  const challenge = challengeIn((await client.get('/login/verify')).body);
  const secret = options.secret ?? fx.helper.demoSecrets().get(username) ?? '';
  const verified = await client.api(API_PATHS.challengeVerify, { challenge, code: codeNow(secret, fx.clock), rememberDevice: options.rememberDevice ?? false });
  if (verified.status !== 200) throw new Error(`code refused: ${verified.body}`);
  await client.postForm('/login/complete', { challenge });
  fx.clock.advance(30_000);
  return { client, neededCode: true };
}
