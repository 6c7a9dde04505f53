import type { Words } from './catalogue.js';

/** The English catalogue: short, plain British English, as the NHS style guide asks. */
export const en: Words = {
  locale: 'en-GB',
  duration: (count, unit) => `${count} ${unit}${count === 1 ? '' : 's'}`,
  aFewMinutes: 'a few minutes',

  errors: {
    'bad-request': 'The request was not in the expected form.',
    'unsupported-media-type': 'Send the request body as JSON.',
    'payload-too-large': 'The request was too large.',
    'not-found': 'There is nothing at this address.',
    'method-not-allowed': 'This address does not accept that method.',
    'forbidden-host': 'This server only answers requests addressed to it by its own name.',
    'forbidden-origin': 'Requests are accepted only from the ESR portal and the ESR MFA extension.',
    'rate-limited': 'Too many requests. Wait a moment and try again.',
    internal: 'Something went wrong on our side. Try again.',
    'invalid-credentials': 'The username or password is not correct.',
    'account-locked': 'Too many failed sign-in attempts. Wait, then try again.',
    'password-rules': 'The password does not meet the ESR password rules.',
    'reset-details-mismatch': 'The details you entered do not match our records.',
    'reset-expired': 'This password reset has expired. Start again.',
    'second-factor-needed': 'Enter a code from your authenticator app, or a recovery code, first.',
    'not-privileged': 'Only managers and core users can open the manager area.',
    'step-up-code-expired': 'That code has expired or was used up. Ask for a new code.',
    'step-up-required': 'Confirm it is you again before doing this.',
    'not-signed-in': 'You are not signed in, or your session has ended. Sign in again.',
    'session-expired': 'You were signed out because you were inactive. Sign in again.',
    'not-eligible': 'You cannot set up extra security on this account.',
    'enrolment-not-started': 'Start the set-up again to get a new QR code.',
    'mfa-not-on': 'Extra security is not on for this account.',
    'invalid-code': 'That code is not right. Check your authenticator app and try again.',
    'code-already-used': 'That code has already been used. Wait for the next code in your app.',
    'mfa-locked': 'Too many wrong codes. Wait, then try again.',
    'challenge-not-found': 'This sign-in step is no longer valid. Sign in again.',
    'challenge-expired': 'This sign-in step has expired. Sign in again.',
  },

  refusals: {
    wrongCode: (attemptsLeft) =>
      attemptsLeft === undefined
        ? 'That code is not right. Check the code in your app and try again.'
        : `That code is not right. You have ${attemptsLeft} ${attemptsLeft === 1 ? 'try' : 'tries'} left.`,
    noTriesLeft: 'That code is not right, and no tries are left. Ask for a new code.',
    codeAlreadyUsed: 'That code has already been used. Wait for the next code to show in your app, then enter it.',
    tooManyWrongCodes: (wait) => `Too many wrong codes. Try again in ${wait}.`,
    tooManyFailedAttempts: (wait) => `Too many failed attempts. Try again in ${wait}.`,
    tooManyFromThisComputer: (wait) => `Too many attempts from this computer. Try again in ${wait}.`,
    signInTimedOut: 'This sign-in has timed out. Sign in again.',
    signedOut: 'You have been signed out. Sign in again.',
    setUpExpired: 'The set-up has expired. Go back to the QR code step to start again.',
  },

  sessionEnded: {
    'mfa-enabled': 'You were signed out because extra security (MFA) was turned on for this account in another browser. Sign in again.',
    'authenticator-replaced': 'You were signed out because a new authenticator app was set up for this account in another browser. Sign in again.',
    'authenticator-reset': 'You were signed out because the authenticator app for this account was reset. Sign in again.',
    'password-reset': 'You were signed out because the password for this account was changed. Sign in with the new password.',
    'signed-out-elsewhere': 'You were signed out because this account was signed out everywhere from another browser. Sign in again.',
  },

  sessionTimeout: {
    heading: "You're about to be signed out",
    signOutIn: 'For your security, we will sign you out in',
    explanation: 'Any information you have not saved will be lost.',
    staySignedIn: 'Stay signed in',
    signOut: 'Sign out',
    signedOutHeading: 'You have been signed out',
    signedOutBecauseInactive: (idle) => `You were signed out because you were inactive for ${idle}. We do this to keep your information secure. Sign in again to continue.`,
  },

  trainingClock: {
    banner: (ahead, portalTime) =>
      `Training clock: the portal's time is ${ahead} ahead of real time (${portalTime}). Codes on a real phone will not match; use the training phone.`,
  },

  devices: {
    browserOn: (browser, system) => `${browser} on ${system}`,
    aBrowser: 'A browser',
    anUnknownSystem: 'an unknown system',
    trainerConsole: 'Trainer console',
  },

  emails: {
    'mfa-enabled': ({ when }) => ({
      subject: 'Extra security is now on for your ESR account',
      body: `Extra security was turned on for your ESR account on ${when}. From now on you will need a code from Microsoft Authenticator to sign in. If this was not you, contact your ESR administrator now.`,
    }),
    'recovery-code-used': ({ when, left }) => ({
      subject: 'A recovery code was used on your ESR account',
      body: `A recovery code was used to sign in to your ESR account on ${when}. You have ${left} recovery ${left === 1 ? 'code' : 'codes'} left. If this was not you, contact your ESR administrator now.`,
    }),
    'recovery-codes-renewed': ({ when }) => ({
      subject: 'You have new ESR recovery codes',
      body: `New recovery codes were made for your ESR account on ${when}. Your old codes no longer work.`,
    }),
    'password-reset': ({ when }) => ({
      subject: 'Your ESR password was changed',
      body: `The password for your ESR account was reset on ${when}, and you were signed out everywhere. If this was not you, contact your ESR administrator now.`,
    }),
    'password-lockout': ({ when }) => ({
      subject: 'Sign-in to your ESR account was paused',
      body: `Someone entered the wrong password for your ESR account several times, so we paused sign-in on ${when}. If this was not you, someone may be trying to get into your account.`,
    }),
    'mfa-lockout': ({ when }) => ({
      subject: 'Too many wrong codes on your ESR account',
      body: `Someone entered your password correctly but then several wrong security codes on ${when}, so we paused sign-in. If this was not you, change your password now.`,
    }),
    'code-replayed': ({ when }) => ({
      subject: 'A security code was used twice on your ESR account',
      body: `A security code that had already been used was entered again on ${when}. It was refused. If you did not do this, change your password now.`,
    }),
    'new-sign-in': ({ when, reason, device, location, mfaOn }) => ({
      subject: reason === 'unusual-location' ? 'A sign-in to ESR from an unusual place' : 'A sign-in to ESR from a new device',
      body: `Your ESR account was signed in to on ${when} from ${device} in ${location}. If this was you, you need do nothing. If it was not, change your password now${mfaOn ? '' : ' and turn on extra security'}.`,
    }),
    'authenticator-reset': ({ when, route, setupCodeLasts }) => ({
      subject: 'Your ESR authenticator was reset',
      body:
        route === 'helpdesk'
          ? `Your ESR administrator reset the authenticator app for your ESR account on ${when}. Your old phone no longer works for ESR and you were signed out everywhere. We have sent you a one-time set-up code in a separate email. Within ${setupCodeLasts}, sign in with your password and that code, then set up Microsoft Authenticator again. If this was not you, contact your ESR administrator now.`
          : `A recovery code was used to reset the authenticator app for your ESR account on ${when}. Your old phone no longer works for ESR and you were signed out everywhere. Sign in and set up Microsoft Authenticator again. If this was not you, contact your ESR administrator now.`,
    }),
    'authenticator-replaced': ({ when }) => ({
      subject: 'Your new phone is set up for ESR',
      body: `A new authenticator app was set up for your ESR account on ${when}, with a new set of recovery codes. If this was not you, contact your ESR administrator now.`,
    }),
    'password-reset-started': ({ when, code, lasts }) => ({
      subject: 'Your ESR password reset code',
      body: `Someone started resetting the password for your ESR account on ${when}. If it was you, your code is ${code}. It works once and lasts ${lasts}. Do not share it. If it was not you, you need do nothing: your password has not changed.`,
    }),
    'setup-code': ({ code, lasts }) => ({
      subject: 'Your ESR set-up code',
      body: `Your one-time set-up code is ${code}. Sign in to ESR with your password, enter this code when asked, then set up Microsoft Authenticator on your new phone. It works once, within ${lasts}. Do not share it.`,
    }),
    'device-remembered': ({ when, device, lasts }) => ({
      subject: 'A browser will be remembered for your ESR account',
      body: `${device} was set to be remembered for your ESR account on ${when}. It will not be asked for a code for ${lasts}. If this was not you, open Account activity, choose "Stop remembering", and change your password.`,
    }),
    'signed-out-elsewhere': ({ when }) => ({
      subject: 'You were signed out of ESR everywhere else',
      body: `Every other browser signed in to your ESR account was signed out on ${when}, when new recovery codes were made. If this was not you, change your password now.`,
    }),
    'step-up-code': ({ code, lasts }) => ({
      subject: 'Your ESR confirmation code',
      body: `Your code to open the ESR manager area is ${code}. It works once and lasts ${lasts}. Do not share it.`,
    }),
  },
};
