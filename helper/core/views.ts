import type { Privilege, RiskReason } from '../../shared/api.js';
import type { ResetStep } from './password-reset.js';
import type { VerificationMethod } from './sign-in.js';
import type { StepUpMethod } from './step-up.js';
import type { Employment, InternetAccess } from './store/accounts.js';
import type { SignInOutcome } from './store/devices.js';
import type { OutboxChannel } from './store/outbox.js';
import type { SessionEndReason } from './store/sessions.js';

/**
 * What the portal's pages are given: each view holds only what its page shows, so no page can
 * reach a record that carries a password hash, a sealed secret or a code digest. The HTTP layer
 * imports these, never the store's records (lint enforces it).
 */
export type { Employment, InternetAccess, OutboxChannel, ResetStep, SessionEndReason, SignInOutcome, StepUpMethod, VerificationMethod };

/** The login form: the demo accounts to list, and a fresh nonce for the extension to sign. */
export interface LoginView {
  demoUsernames: string[];
  deviceNonce: string;
}

/** Opening the login page: a browser already signed in goes on; one signed out by a change elsewhere is told why. */
export type LoginPage = { signedIn: true } | ({ signedIn: false; signedOutBecause: SessionEndReason | undefined } & LoginView);

/** "Verification needed": the pending sign-in's challenge, and which code it asks for. */
export interface VerifyView {
  challenge: string;
  username: string;
  method: VerificationMethod;
}

export interface HomeView {
  username: string;
  displayName: string;
  jobTitle: string;
  privilege: Privilege;
  employment: Employment;
  internetAccess: InternetAccess;
  mfaOn: boolean;
  /** Managers and core users are shown the way into the manager area. */
  managerArea: boolean;
}

export interface SignInView {
  at: number;
  deviceLabel: string;
  location: string;
  outcome: SignInOutcome;
  risk: RiskReason[];
}

export interface RememberedDeviceView {
  thumbprint: string;
  label: string;
  lastSeenAt: number;
  rememberedUntil: number;
  /** The device this session signed in from. */
  thisDevice: boolean;
}

/** An email the helper "sent", as the person reads it. */
export interface MessageView {
  at: number;
  channel: OutboxChannel;
  kind: string;
  subject: string;
  body: string;
}

export interface ActivityView {
  username: string;
  mfaOn: boolean;
  /** Unused recovery codes, or null without MFA. */
  recoveryCodesLeft: number | null;
  signIns: SignInView[];
  rememberedDevices: RememberedDeviceView[];
  messages: MessageView[];
}

/** "Confirm it is you", by app or by a code sent to the person's email. */
export interface StepUpView {
  username: string;
  method: StepUpMethod;
  /** Where the code was sent: only when it goes by email. */
  email: string | null;
  /** How long an emailed code works: a setting, so the page says what it is. */
  codeLastsMs: number;
}

export interface ManagerView {
  username: string;
  steppedUpAt: number;
  /** How long a step-up check lasts before it is asked for again. */
  stepUpLastsSeconds: number;
  /** Core users may reset someone's lost phone. */
  helpdesk: boolean;
}

/** A helpdesk reset done: whose authenticator it was. */
export interface HelpdeskResetView {
  username: string;
}

/** Where a forgotten-password reset has got to. */
export interface ResetView {
  next: ResetStep;
}

/** One person's demo mailbox, newest message first. */
export interface MailboxView {
  username: string;
  email: string;
  openUntil: number;
  messages: MessageView[];
}
