import { z } from 'zod/mini';
import {
  CONSOLE_PATHS,
  CameraView,
  ClockView,
  ConsoleError,
  ConsoleStatus,
  OutboxEmail,
  PersonState,
  PhoneAccount,
  PhoneView,
  Scenario,
  ScenarioResult,
  type ConsoleErrorCode,
} from '../../helper/console/contract.js';

/** The console refused a request: `code` is the contract's error code (see README, "The console's JSON API"). */
export class ConsoleApiError extends Error {
  override name = 'ConsoleApiError';
  constructor(readonly status: number, readonly code: ConsoleErrorCode | 'unexpected', message: string) {
    super(message);
  }
}

/** The scenarios the helper offers (helper/console); a typo is caught by the compiler, not at run time. */
export type ScenarioId = 'fresh-class' | 'amir-locked-out' | 'amir-remembered-device-expiring' | 'amir-phone-lost' | 'jane-mfa-on';

/** Whom each scenario resets first (helper/core/training/scenarios.ts): a username, null for everyone. */
const SCENARIO_RESETS: Partial<Record<ScenarioId, string | null>> = {
  'fresh-class': null,
  'amir-locked-out': '999AKHAN01',
  'amir-phone-lost': '999AKHAN01',
  'jane-mfa-on': '999JSMITH01',
};

const People = z.pipe(z.object({ people: z.array(PersonState) }), z.transform((answer) => answer.people));
const Emails = z.pipe(z.object({ emails: z.array(OutboxEmail) }), z.transform((answer) => answer.emails));
const Scenarios = z.pipe(z.object({ scenarios: z.array(Scenario) }), z.transform((answer) => answer.scenarios));

/**
 * The trainer console's JSON API (helper/console/contract.ts), typed: what a trainer does with the
 * console, without the page. Every answer is checked against the contract's schemas, so a test
 * notices when the helper and the contract drift apart.
 */
export class ConsoleClient {
  private readonly resetListeners: ((username: string | null) => void)[] = [];

  constructor(readonly origin: string, private readonly token: string) {}

  /**
   * Called after a reset this client asked for, with the username (null: everyone). A reset also forgets
   * which codes a person used, and the kit's phone listens so that it forgets them too.
   */
  onReset(listener: (username: string | null) => void): void {
    this.resetListeners.push(listener);
  }

  private resetDone(username: string | null): void {
    for (const listener of this.resetListeners) listener(username);
  }

  private async call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, schema: { parse: (body: unknown) => T }, body?: object): Promise<T> {
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const refused = ConsoleError.safeParse(answer);
      if (refused.success) throw new ConsoleApiError(response.status, refused.data.error.code, `${method} ${path}: ${refused.data.error.message}`);
      throw new ConsoleApiError(response.status, 'unexpected', `${method} ${path}: HTTP ${response.status}`);
    }
    return schema.parse(answer);
  }

  /** The portal's and console's addresses, the clock, and when the extension last called the portal. */
  status(): Promise<ConsoleStatus> {
    return this.call('GET', CONSOLE_PATHS.status, ConsoleStatus);
  }

  /** The training clock: the helper's time, which every decision (codes included) follows. */
  clock(): Promise<ClockView> {
    return this.call('GET', CONSOLE_PATHS.clock, ClockView);
  }

  /** Moves the training clock forward (1 second to a year). */
  advanceClock(seconds: number): Promise<ClockView> {
    return this.call('POST', CONSOLE_PATHS.advanceClock, ClockView, { seconds });
  }

  /** Back to real time; what happened while the clock was ahead moves back with it. */
  realTime(): Promise<ClockView> {
    return this.call('POST', CONSOLE_PATHS.realTime, ClockView, {});
  }

  /** Every persona as the helper holds them now: MFA, demo key, recovery codes, lockouts, sessions. */
  people(): Promise<PersonState[]> {
    return this.call('GET', CONSOLE_PATHS.people, People);
  }

  /** One persona by username; throws if there is no such demo account. */
  async person(username: string): Promise<PersonState> {
    const found = (await this.people()).find((p) => p.username === username);
    if (found === undefined) throw new ConsoleApiError(404, 'unknown-person', `${username} is not a demo account`);
    return found;
  }

  /** Puts one persona back as the portal started (sessions, lockouts, set-ups and emails gone). */
  async resetPerson(username: string, options: { newKeys?: boolean } = {}): Promise<PersonState> {
    const person = await this.call('POST', CONSOLE_PATHS.resetPerson(username), PersonState, { newKeys: options.newKeys ?? false });
    this.resetDone(username);
    return person;
  }

  /** Puts every persona back as the portal started. */
  async resetEveryone(options: { newKeys?: boolean } = {}): Promise<PersonState[]> {
    const people = await this.call('POST', CONSOLE_PATHS.resetEveryone, People, { newKeys: options.newKeys ?? false });
    this.resetDone(null);
    return people;
  }

  /** The demo emails, newest first; one person's only when `username` is given. */
  outbox(username?: string): Promise<OutboxEmail[]> {
    const query = username === undefined ? '' : `?username=${encodeURIComponent(username)}`;
    return this.call('GET', `${CONSOLE_PATHS.outbox}${query}`, Emails);
  }

  scenarios(): Promise<Scenario[]> {
    return this.call('GET', CONSOLE_PATHS.scenarios, Scenarios);
  }

  /** Runs a scenario; its `done` says what was done and what to do next. */
  async runScenario(id: ScenarioId): Promise<ScenarioResult> {
    const result = await this.call('POST', CONSOLE_PATHS.runScenario(id), ScenarioResult, {});
    const reset = SCENARIO_RESETS[id];
    if (reset !== undefined) this.resetDone(reset);
    return result;
  }

  /** The training phone's accounts and codes. */
  phone(): Promise<PhoneView> {
    return this.call('GET', CONSOLE_PATHS.phone, PhoneView);
  }

  /** The set-up QR codes being shown now, as the training phone's camera sees them. */
  camera(): Promise<CameraView> {
    return this.call('GET', CONSOLE_PATHS.camera, CameraView);
  }

  /** "Scan QR code" on the training phone. */
  scan(username?: string): Promise<PhoneAccount> {
    return this.call('POST', CONSOLE_PATHS.scan, PhoneAccount, username === undefined ? {} : { username });
  }
}
