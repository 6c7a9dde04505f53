import type { GuideCatalogue } from './catalogue.js';

export const ENGLISH: GuideCatalogue = {
  lang: 'en-GB',
  title: 'Extra security for ESR: step by step',
  intro: [
    'Extra security (multi-factor authentication, MFA) means you sign in to ESR with your password and then a 6-digit code from the Microsoft Authenticator app on your phone.',
    'This guide follows Jane Smith, a staff nurse, as she turns it on, signs in with a code, and then uses a recovery code when she loses her phone. The phone pictures are from the training phone in the trainer console: your own phone shows the same things in Microsoft Authenticator.',
  ],
  contents: 'Contents',
  parts: {
    'turn-on': 'Turn on extra security',
    'sign-in-with-code': 'Sign in with a code',
    recovery: 'Recovery codes and a lost phone',
  },
  steps: {
    'sign-in': {
      caption: 'Sign in to ESR with your username and password, then select Sign in.',
      alt: 'The ESR sign-in page with the username 999JSMITH01 and a hidden password typed in, and the Sign in button outlined.',
    },
    invitation: {
      caption: 'On your ESR home page, select Set up now.',
      alt: 'The invitation to set up extra security on the ESR home page, with the Set up now button outlined.',
    },
    why: {
      caption: 'Read what extra security does, tick that you understand it cannot be turned off, then Continue.',
      alt: 'Step 1 of 6, why extra security helps, with the tick box "I understand that I cannot turn extra security off once it is on" outlined.',
    },
    'get-app': {
      caption: 'Install Microsoft Authenticator on your phone if you do not have it, then Continue.',
      alt: 'Step 2 of 6, links to get Microsoft Authenticator from the App Store and Google Play, with the Continue button outlined.',
    },
    'qr-code': {
      caption: 'ESR shows a QR code that only your app should see.',
      alt: 'Step 3 of 6, instructions for the app and a QR code with the key written under it, with the QR code outlined.',
    },
    'phone-scan': {
      caption: 'In Microsoft Authenticator, select + then Other account, and scan the QR code.',
      alt: 'The training phone, drawn like Microsoft Authenticator, with the Scan QR code button outlined.',
    },
    'phone-code': {
      caption: 'The app now shows ESR with a 6-digit code that changes every 30 seconds.',
      alt: 'The training phone showing the account ESR, 999JSMITH01, with its 6-digit code outlined.',
    },
    'enter-code': {
      caption: 'Back in ESR, select Continue, type the code from the app, and turn on extra security.',
      alt: 'Step 4 of 6 with the 6-digit code typed in the code field, which is outlined.',
    },
    'save-recovery-codes': {
      caption: 'Save your 10 recovery codes somewhere safe that is not your phone, and tick that you have.',
      alt: 'Step 5 of 6, ten recovery codes with Copy, Download and Print buttons, and the tick box "I have saved my recovery codes" outlined.',
    },
    done: {
      caption: 'Extra security is on. Select Finish.',
      alt: 'Step 6 of 6, "Extra security is on", with the Finish button outlined.',
    },
    'mfa-on': {
      caption: 'Your ESR home page now says extra security is on.',
      alt: 'The ESR home page summary with "Extra security (MFA): On" outlined.',
    },
    'sign-in-again': {
      caption: 'Next time, sign in with your username and password as before.',
      alt: 'The ESR sign-in page with the username typed in and the Sign in button outlined.',
    },
    'phone-next-code': {
      caption: 'Open Microsoft Authenticator and read the code for ESR.',
      alt: 'The training phone showing a new 6-digit code for ESR, 999JSMITH01, outlined.',
    },
    'enter-sign-in-code': {
      caption: 'Type the code and select Continue. You are signed in.',
      alt: 'The "Verification needed" step with the 6-digit code typed in the security code field, which is outlined.',
    },
    'recovery-codes-left': {
      caption: 'Account activity shows how many recovery codes you have left, and can make new ones.',
      alt: 'The recovery codes section of Account activity, with the Make new recovery codes button outlined.',
    },
    'use-recovery-code': {
      caption: 'No phone? At the code step, select Use a recovery code instead.',
      alt: 'The code step at sign-in, with the link "Use a recovery code instead" outlined.',
    },
    'lost-phone': {
      caption: 'Type one recovery code, tick "I have lost my phone or have a new one", and Continue.',
      alt: 'The recovery code field with a code typed in, and the tick box "I have lost my phone or have a new one" outlined.',
    },
    'set-up-new-phone': {
      caption: 'Your old phone stops working for ESR. Set up the app on your new phone as in steps 5 to 10.',
      alt: 'The panel "Set up your new phone" with its Continue button outlined.',
    },
  },
  madeFrom: 'Made from the ESR MFA training portal with the demo account of Jane Smith (999JSMITH01), a fixed training time and fixed demo keys. None of the codes shown work anywhere else.',
  videoStart: 'Setting up extra security for ESR, step by step.',
  videoEnd: 'That is all: extra security is on, and you know what to do if you lose your phone.',
};
