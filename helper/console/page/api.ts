import { z } from 'zod/mini';
import {
  CameraView,
  ClockView,
  CONSOLE_PATHS,
  ConsoleError,
  type ConsoleErrorCode,
  ConsoleStatus,
  OutboxEmail,
  PersonState,
  PhoneAccount,
  PhoneView,
  Scenario,
  ScenarioResult,
  type AddPhoneAccountRequest,
} from '../contract.js';

export type { ConsoleErrorCode };

/** Refusals the page itself can give, besides the server's own codes. */
export type LocalErrorCode = 'console-unreachable' | 'unexpected-answer';

export interface ConsoleFailure {
  code: ConsoleErrorCode | LocalErrorCode;
  /** Words for the trainer: the server's own message when it sent one. */
  message: string;
  /** The HTTP status, or 0 when there was no answer. */
  status: number;
}

/** Every call's answer: a value checked against the contract, or a typed refusal to put on screen. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ConsoleFailure };

export const UNREACHABLE_MESSAGE = 'The console cannot reach the helper. Check that npm start is still running in its terminal, then try again.';
export const UNEXPECTED_MESSAGE = 'The helper gave an answer this page does not understand. Rebuild the console (npm run build:console) and reload the page.';

/** The token is missing or wrong: the page must ask for the address npm start printed. */
export function isTokenRefusal(error: ConsoleFailure): boolean {
  return error.status === 401 || error.code === 'token-required' || error.code === 'wrong-token';
}

const PeopleAnswer = z.object({ people: z.array(PersonState) });
const OutboxAnswer = z.object({ emails: z.array(OutboxEmail) });
const ScenariosAnswer = z.object({ scenarios: z.array(Scenario) });
const RemovedAnswer = z.object({ removed: z.literal(true) });

export interface ConsoleApiOptions {
  /** The console's own origin; '' (the default) calls the origin the page came from. */
  origin?: string;
  fetch?: typeof fetch;
  /** Told whenever the server refuses the token, so the page can ask for it again. */
  onTokenRefused?: (error: ConsoleFailure) => void;
  /** Told whenever the server accepts the token: only then is it worth keeping for the next visit. */
  onTokenAccepted?: () => void;
}

export type ConsoleApi = ReturnType<typeof createConsoleApi>;

/**
 * The page's only door to the console's server. Every request carries the bearer token, every
 * answer is parsed with the contract's schema, and an answer that does not fit is reported, never
 * drawn.
 */
export function createConsoleApi(token: string, options: ConsoleApiOptions = {}) {
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const origin = options.origin ?? '';

  async function call<S extends z.ZodMiniType>(method: 'GET' | 'POST' | 'DELETE', path: string, schema: S, body?: unknown): Promise<ApiResult<z.output<S>>> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(`${origin}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        // Browsers share cookies between the ports of 127.0.0.1, so the portal's session cookie
        // would otherwise ride along to the console's port. The console needs only its token.
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return { ok: false, error: { code: 'console-unreachable', message: UNREACHABLE_MESSAGE, status: 0 } };
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (response.ok) {
      options.onTokenAccepted?.();
      const parsed = schema.safeParse(json);
      if (parsed.success) return { ok: true, value: parsed.data };
      return { ok: false, error: { code: 'unexpected-answer', message: UNEXPECTED_MESSAGE, status: response.status } };
    }
    const refusal = ConsoleError.safeParse(json);
    const error: ConsoleFailure = refusal.success
      ? { ...refusal.data.error, status: response.status }
      : { code: 'unexpected-answer', message: UNEXPECTED_MESSAGE, status: response.status };
    if (isTokenRefusal(error)) options.onTokenRefused?.(error);
    return { ok: false, error };
  }

  const get = <S extends z.ZodMiniType>(path: string, schema: S) => call('GET', path, schema);
  const post = <S extends z.ZodMiniType>(path: string, schema: S, body: unknown = {}) => call('POST', path, schema, body);

  return {
    status: () => get(CONSOLE_PATHS.status, ConsoleStatus),
    people: async () => unwrap(await get(CONSOLE_PATHS.people, PeopleAnswer), (answer) => answer.people),
    resetEveryone: async (newKeys: boolean) => unwrap(await post(CONSOLE_PATHS.resetEveryone, PeopleAnswer, { newKeys }), (answer) => answer.people),
    resetPerson: (username: string, newKeys: boolean) => post(CONSOLE_PATHS.resetPerson(username), PersonState, { newKeys }),
    phone: () => get(CONSOLE_PATHS.phone, PhoneView),
    addPhoneAccount: (request: AddPhoneAccountRequest) => post(CONSOLE_PATHS.phoneAccounts, PhoneAccount, request),
    removePhoneAccount: (id: number) => call('DELETE', CONSOLE_PATHS.phoneAccount(id), RemovedAnswer),
    camera: () => get(CONSOLE_PATHS.camera, CameraView),
    /** Whose QR code the camera points at; left out, the server scans the only one showing. */
    scan: (username?: string) => post(CONSOLE_PATHS.scan, PhoneAccount, username === undefined ? {} : { username }),
    clock: () => get(CONSOLE_PATHS.clock, ClockView),
    advanceClock: (seconds: number) => post(CONSOLE_PATHS.advanceClock, ClockView, { seconds }),
    realTime: () => post(CONSOLE_PATHS.realTime, ClockView),
    outbox: async (username?: string) => {
      const query = username === undefined ? '' : `?${new URLSearchParams({ username }).toString()}`;
      return unwrap(await get(`${CONSOLE_PATHS.outbox}${query}`, OutboxAnswer), (answer) => answer.emails);
    },
    scenarios: async () => unwrap(await get(CONSOLE_PATHS.scenarios, ScenariosAnswer), (answer) => answer.scenarios),
    runScenario: (id: string) => post(CONSOLE_PATHS.runScenario(id), ScenarioResult),
  };
}

function unwrap<T, U>(result: ApiResult<T>, pick: (value: T) => U): ApiResult<U> {
  return result.ok ? { ok: true, value: pick(result.value) } : result;
}
