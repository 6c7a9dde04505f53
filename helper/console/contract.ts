import { z } from 'zod/mini';
import { Privilege } from '../../shared/api.js';
import { LANGUAGES, type Language } from '../../shared/words/index.js';

/**
 * The trainer console's JSON API: the contract between the console's server (helper/console/) and
 * its page (helper/console/page/), and what the test kit drives journeys through. It is served on
 * its own loopback port (the portal's port + 1 by default), so it is a different origin from the
 * portal, and every request carries `Authorization: Bearer <token>` (the token `npm start` prints).
 *
 * Every path is relative to the console's origin. Errors are `{ error: { code, message } }` with a
 * 4xx status; both ends parse with these schemas at their boundary.
 */
export const CONSOLE_API_PREFIX = '/api';

export const CONSOLE_PATHS = {
  /** GET: ConsoleStatus. */
  status: `${CONSOLE_API_PREFIX}/status`,
  /** GET: { people: PersonState[] }. */
  people: `${CONSOLE_API_PREFIX}/people`,
  /** POST ResetRequest: { people: PersonState[] } (everyone). */
  resetEveryone: `${CONSOLE_API_PREFIX}/people/reset`,
  /** POST ResetRequest: PersonState. */
  resetPerson: (username: string) => `${CONSOLE_API_PREFIX}/people/${encodeURIComponent(username)}/reset`,
  /** GET: PhoneView. */
  phone: `${CONSOLE_API_PREFIX}/phone`,
  /** POST AddPhoneAccountRequest: PhoneAccount (typed key). */
  phoneAccounts: `${CONSOLE_API_PREFIX}/phone/accounts`,
  /** DELETE: { removed: true }. */
  phoneAccount: (id: number) => `${CONSOLE_API_PREFIX}/phone/accounts/${id}`,
  /** GET: CameraView, the set-up QR codes being shown right now. */
  camera: `${CONSOLE_API_PREFIX}/phone/camera`,
  /** POST ScanRequest: PhoneAccount. */
  scan: `${CONSOLE_API_PREFIX}/phone/scan`,
  /** GET: ClockView. */
  clock: `${CONSOLE_API_PREFIX}/clock`,
  /** POST AdvanceClockRequest: ClockView. */
  advanceClock: `${CONSOLE_API_PREFIX}/clock/advance`,
  /** POST {}: ClockView, back to real time. */
  realTime: `${CONSOLE_API_PREFIX}/clock/real-time`,
  /** GET (?username=): { emails: OutboxEmail[] }, newest first. */
  outbox: `${CONSOLE_API_PREFIX}/outbox`,
  /** GET: { scenarios: Scenario[] }. */
  scenarios: `${CONSOLE_API_PREFIX}/scenarios`,
  /** POST {}: ScenarioResult. */
  runScenario: (id: string) => `${CONSOLE_API_PREFIX}/scenarios/${encodeURIComponent(id)}`,
} as const;

export const ConsoleErrorCode = z.enum([
  'token-required',
  'wrong-token',
  'origin-not-allowed',
  'host-not-allowed',
  'bad-request',
  'not-found',
  'unknown-person',
  'unknown-scenario',
  'invalid-key',
  'nothing-to-scan',
  'choose-who-to-scan',
  'scenario-not-possible',
  /** Something went wrong in the helper, not in the request. */
  'internal',
]);
export type ConsoleErrorCode = z.infer<typeof ConsoleErrorCode>;
export const ConsoleError = z.object({ error: z.object({ code: ConsoleErrorCode, message: z.string() }) });
export type ConsoleError = z.infer<typeof ConsoleError>;

/** Milliseconds since the Unix epoch, as the helper's (possibly moved) clock reads them. */
const Instant = z.number().check(z.int());

export const ClockView = z.object({
  /** The helper's time: what every decision uses. */
  now: Instant,
  /** The computer's own time. */
  realNow: Instant,
  /** now - realNow; 0 at real time. Never negative: the clock only moves forward, or back to real time. */
  offsetMs: z.number().check(z.int(), z.nonnegative()),
  moved: z.boolean(),
});
export type ClockView = z.infer<typeof ClockView>;

/** The moves the console offers; the API takes any whole number of seconds up to a year. */
export const CLOCK_PRESETS = [
  { label: '30 seconds', seconds: 30 },
  { label: '15 minutes', seconds: 15 * 60 },
  { label: '1 hour', seconds: 60 * 60 },
  { label: '1 day', seconds: 24 * 60 * 60 },
  { label: '30 days', seconds: 30 * 24 * 60 * 60 },
] as const;
export const AdvanceClockRequest = z.strictObject({ seconds: z.number().check(z.int(), z.gte(1), z.lte(366 * 24 * 60 * 60)) });
export type AdvanceClockRequest = z.infer<typeof AdvanceClockRequest>;

export const ConsoleStatus = z.object({
  portalOrigin: z.string(),
  consoleOrigin: z.string(),
  clock: ClockView,
  /** The last time the extension called the portal's API (null: not since the helper started). */
  extension: z.nullable(z.object({ origin: z.string(), lastSeenAt: Instant })),
});
export type ConsoleStatus = z.infer<typeof ConsoleStatus>;

export const InternetAccessState = z.enum(['approved', 'not-requested', 'requested', 'rejected']);

export const PersonState = z.object({
  username: z.string(),
  displayName: z.string(),
  jobTitle: z.string(),
  privilege: Privilege,
  employment: z.enum(['active', 'left']),
  internetAccess: InternetAccessState,
  /** The language ESR writes to them in, and their pages' once signed in (docs/welsh.md). */
  language: z.enum(LANGUAGES as [Language, ...Language[]]),
  /** What this persona shows in a demo, in a few words. */
  note: z.string(),
  mfa: z.object({
    on: z.boolean(),
    enabledAt: z.nullable(Instant),
    /** The helpdesk or a recovery code reset the authenticator: a new one is due at next sign-in. */
    newAuthenticatorDue: z.boolean(),
  }),
  /** The demo key a trainer's phone may already hold (Amir, Ravi); null when MFA is off or the key is not a demo key. */
  demoKey: z.nullable(z.string()),
  recoveryCodes: z.object({
    /** Unused recovery codes (null: MFA off). */
    left: z.nullable(z.number().check(z.int(), z.nonnegative())),
    /** The unused ones of the demo set the console knows (seeded for Amir and Ravi); codes a person made themselves are never known. */
    knownUnused: z.array(z.string()),
  }),
  /** When each kind of guessing opens again, if it is locked now. */
  lockedUntil: z.object({ password: z.nullable(Instant), code: z.nullable(Instant) }),
  rememberedDevices: z.array(z.object({ label: z.string(), rememberedUntil: Instant })),
  /** A set-up QR code is being shown to this person now (a live session holds a pending key). */
  pendingSetUp: z.boolean(),
  /** Signed-in sessions that are live now. */
  liveSessions: z.number().check(z.int(), z.nonnegative()),
});
export type PersonState = z.infer<typeof PersonState>;

export const ResetRequest = z.strictObject({
  /** Give Amir and Ravi new demo keys (a trainer's phone that has the old ones stops matching). Default: keep them. */
  newKeys: z._default(z.boolean(), false),
});
export type ResetRequest = z.infer<typeof ResetRequest>;

export const PhoneAccount = z.object({
  id: z.number().check(z.int()),
  /** "NHS ESR", as Microsoft Authenticator shows the issuer. */
  issuer: z.string(),
  /** The account name from the QR code, or as typed: the ESR username. */
  accountName: z.string(),
  code: z.string().check(z.regex(/^\d{6}$/)),
  /** Seconds until the code changes, 1 to 30, on the helper's clock. */
  secondsLeft: z.number().check(z.int(), z.gte(1), z.lte(30)),
  addedAt: Instant,
});
export type PhoneAccount = z.infer<typeof PhoneAccount>;

export const PhoneView = z.object({ now: Instant, accounts: z.array(PhoneAccount) });
export type PhoneView = z.infer<typeof PhoneView>;

export const AddPhoneAccountRequest = z.strictObject({
  /** The key as a person types it: base32, spaces and case ignored. */
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  accountName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
});
export type AddPhoneAccountRequest = z.infer<typeof AddPhoneAccountRequest>;

export const CameraView = z.object({
  /** Set-ups whose QR code a live session is showing now, newest first. */
  showing: z.array(z.object({ username: z.string(), displayName: z.string(), startedAt: Instant })),
});
export type CameraView = z.infer<typeof CameraView>;

/** Which QR code the camera points at; may be left out when exactly one is being shown. */
export const ScanRequest = z.strictObject({ username: z.optional(z.string().check(z.minLength(1), z.maxLength(40))) });
export type ScanRequest = z.infer<typeof ScanRequest>;

export const OutboxEmail = z.object({
  id: z.number().check(z.int()),
  at: Instant,
  username: z.string(),
  displayName: z.string(),
  to: z.string(),
  kind: z.string(),
  subject: z.string(),
  body: z.string(),
});
export type OutboxEmail = z.infer<typeof OutboxEmail>;

export const Scenario = z.object({ id: z.string(), title: z.string(), description: z.string() });
export type Scenario = z.infer<typeof Scenario>;

export const ScenarioResult = z.object({
  /** What the scenario did and what to do next, in a sentence or two for the trainer. */
  done: z.string(),
  people: z.array(PersonState),
});
export type ScenarioResult = z.infer<typeof ScenarioResult>;
