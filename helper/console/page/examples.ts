import { CameraView, ConsoleStatus, OutboxEmail, PersonState, PhoneView, Scenario } from '../contract.js';

/**
 * Example answers of the console API, each checked against the contract, for the page's tests and
 * for scripts/console-preview.ts (which serves the built page with a stub API). Not part of the
 * page's bundle: nothing the page runs imports it.
 */

/** 28 November 2026, 10:39:35 UTC: a Saturday, in winter, so London time is UTC. */
export const EXAMPLE_NOW = Date.UTC(2026, 10, 28, 10, 39, 35);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const EXAMPLE_STATUS: ConsoleStatus = ConsoleStatus.parse({
  portalOrigin: 'http://127.0.0.1:4400',
  consoleOrigin: 'http://127.0.0.1:4401',
  clock: { now: EXAMPLE_NOW, realNow: EXAMPLE_NOW, offsetMs: 0, moved: false },
  extension: { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop', lastSeenAt: EXAMPLE_NOW - 5_000 },
});

const base = {
  employment: 'active',
  language: 'en',
  internetAccess: 'approved',
  mfa: { on: false, enabledAt: null, newAuthenticatorDue: false },
  demoKey: null,
  recoveryCodes: { left: null, knownUnused: [] },
  lockedUntil: { password: null, code: null },
  rememberedDevices: [],
  pendingSetUp: false,
  liveSessions: 0,
} as const;

export const EXAMPLE_PEOPLE: PersonState[] = [
  { ...base, username: '999JSMITH01', displayName: 'Jane Smith', jobTitle: 'Staff nurse', privilege: 'staff', note: 'can set up MFA', pendingSetUp: true, liveSessions: 1 },
  {
    ...base, username: '999AKHAN01', displayName: 'Amir Khan', jobTitle: 'Physiotherapist', privilege: 'staff', note: 'MFA already on',
    mfa: { on: true, enabledAt: EXAMPLE_NOW - 30 * DAY, newAuthenticatorDue: false },
    demoKey: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    recoveryCodes: { left: 9, knownUnused: ['K7QF-2M9D-XW4C', 'P3ZR-8HNT-6B2L', 'Q9WE-4RTY-7UIO'] },
    lockedUntil: { password: null, code: EXAMPLE_NOW + 30_000 },
    rememberedDevices: [{ label: 'Chrome on Linux', rememberedUntil: EXAMPLE_NOW + 29 * DAY }],
  },
  { ...base, username: '999PJONES01', displayName: 'Priya Jones', jobTitle: 'Healthcare assistant', privilege: 'staff', employment: 'left', note: 'has left the trust: cannot set up MFA' },
  { ...base, username: '999TBROWN01', displayName: 'Tom Brown', jobTitle: 'Porter', privilege: 'staff', internetAccess: 'not-requested', note: 'internet access not requested: cannot set up MFA' },
  { ...base, username: '999SGREEN01', displayName: 'Sarah Green', jobTitle: 'Ward manager', privilege: 'manager', note: 'manager: can set up MFA', lockedUntil: { password: EXAMPLE_NOW + 2 * MINUTE, code: null } },
  {
    ...base, username: '999RPATEL01', displayName: 'Ravi Patel', jobTitle: 'HR adviser', privilege: 'core-user', note: 'core user, MFA already on',
    mfa: { on: true, enabledAt: EXAMPLE_NOW - 12 * DAY, newAuthenticatorDue: true },
    demoKey: 'KRUGS4ZANFZSAYJAORSXG5BAMFWGS33O',
    recoveryCodes: { left: 1, knownUnused: [] },
  },
].map((person) => PersonState.parse(person));

export const EXAMPLE_PHONE: PhoneView = PhoneView.parse({
  now: EXAMPLE_NOW,
  accounts: [
    { id: 1, issuer: 'NHS ESR', accountName: '999AKHAN01', code: '492039', secondsLeft: 25, addedAt: EXAMPLE_NOW - DAY },
    { id: 2, issuer: 'NHS ESR', accountName: '999RPATEL01', code: '075318', secondsLeft: 25, addedAt: EXAMPLE_NOW - DAY },
  ],
});

export const EXAMPLE_CAMERA: CameraView = CameraView.parse({
  showing: [{ username: '999JSMITH01', displayName: 'Jane Smith', startedAt: EXAMPLE_NOW - 2 * MINUTE }],
});

export const EXAMPLE_EMAILS: OutboxEmail[] = [
  {
    id: 3, at: EXAMPLE_NOW - MINUTE, username: '999AKHAN01', displayName: 'Amir Khan', to: 'amir.khan@example.nhs.uk', kind: 'lockout',
    subject: 'Too many wrong codes', body: 'Dear Amir,\n\nSomeone typed 5 wrong codes when signing in to ESR as you, so codes are paused for 30 seconds.\n\nIf this was not you, change your password.',
  },
  {
    id: 2, at: EXAMPLE_NOW - 10 * MINUTE, username: '999JSMITH01', displayName: 'Jane Smith', to: 'jane.smith@example.nhs.uk', kind: 'new-device',
    subject: 'A sign-in from a new device', body: 'Dear Jane,\n\nYou signed in to ESR from a browser we have not seen before.',
  },
  {
    id: 1, at: EXAMPLE_NOW - 2 * DAY, username: '999AKHAN01', displayName: 'Amir Khan', to: 'amir.khan@example.nhs.uk', kind: 'mfa-enabled',
    subject: 'Extra security is on', body: 'Dear Amir,\n\nYou turned on extra security for your ESR account.',
  },
].map((email) => OutboxEmail.parse(email));

export const EXAMPLE_SCENARIOS: Scenario[] = [
  { id: 'fresh', title: 'A fresh start', description: 'Everyone as the portal starts: Jane, Sarah and Tom without MFA; Amir and Ravi with it.' },
  { id: 'lost-phone', title: 'Amir has lost his phone', description: 'Amir signs in with a recovery code and sets up a new phone.' },
  { id: 'locked-out', title: 'Sarah is locked out', description: 'Five wrong passwords: Sarah waits a minute before she can try again.' },
].map((scenario) => Scenario.parse(scenario));
