import type { Privilege } from '../../../../shared/api.js';
import type { Language, Words } from '../../../../shared/words/index.js';
import type { PasswordRuleBreach } from '../../../core/password-rules.js';
import type { InternetAccess, OutboxChannel, SignInOutcome } from '../../../core/views.js';

/**
 * Every word of the portal's pages, one catalogue per language, typed by this interface so that a
 * catalogue with a missing text does not compile. Words that more than one part of the product
 * says (refusals, errors, the time-out warning, durations) are the shared catalogue's, `shared`.
 * Counts are written "Label: N" so no language needs plural rules (docs/welsh.md).
 */
export interface PortalWords {
  language: Language;
  /** The `lang` of <html>. */
  htmlLang: string;
  shared: Words;

  layout: {
    titleSuffix: string;
    /** Before a page title and before each field's error, for screen readers: "Error: ". */
    errorPrefix: string;
    skipLink: string;
    homeLinkLabel: string;
    serviceName: string;
    accountNav: string;
    signOut: string;
    trainingBanner: string;
    footer: string;
    footerMailboxLink: string;
    footerMailboxWhat: string;
    /** The footer's link to the MFA help page, on every page. */
    footerHelpLink: string;
    languageNav: string;
    /** The switch to the other language, written in that language. */
    switchTo: { language: Language; htmlLang: string; text: string };
    errorSummaryTitle: string;
    /** What the portal asks of every text field, in the sign-in page's note. */
    requiredNote: { before: string; asterisk: string; after: string };
  };

  signIn: {
    title: string;
    heading: string;
    username: string;
    usernameHint: string;
    password: string;
    whereFrom: string;
    pretendFrom: string;
    pretendFromHint: string;
    signIn: string;
    forgotten: string;
    demoAccounts: string;
    demoAccountsText: string;
    information: string;
    enterUsername: string;
    enterPassword: string;
  };

  verify: {
    title: string;
    signingInAs(username: string): string;
    heading: string;
    intro: string;
    code: string;
    codeHint: string;
    continue: string;
    useRecoveryCode: string;
    recoveryCode: string;
    recoveryCodeHint: string;
    lostPhone: string;
    continueWithRecoveryCode: string;
    cancel: string;
    enterCode: string;
  };

  setupCode: {
    title: string;
    intro: string;
    inMailbox: string;
    demoMailboxNewTab: string;
    label: string;
    hint(lasts: string): string;
    enterSetupCode: string;
  };

  signedOut: { heading: string; signInAgain: string };

  home: {
    title: string;
    welcome(name: string): string;
    name: string;
    username: string;
    jobTitle: string;
    role: string;
    employment: string;
    currentEmployee: string;
    leftTheTrust: string;
    internetAccess: string;
    mfa: string;
    on: string;
    off: string;
    privilege: Record<Privilege, string>;
    internetAccessText: Record<InternetAccess, string>;
    activityLink: string;
    activityWhat: string;
    managerLink: string;
    helpLink: string;
    helpWhat: string;
  };

  /** The MFA help page (/help/mfa): the generated video and step-by-step guide. */
  help: {
    title: string;
    intro: string;
    choice: string;
    videoHeading: string;
    videoIntro: string;
    videoFallback: string;
    guideHeading: string;
    guideIntro: string;
    guideLink: string;
    pdfLink: string;
    /** Said when this language's guide has not been made yet and the English one is shown. */
    inEnglish: string;
  };

  activity: {
    title: string;
    extraSecurity: string;
    recoveryCodesLeft: string;
    recentSignIns: string;
    noneYet: string;
    signInsCaption: string;
    when: string;
    device: string;
    place: string;
    whatHappened: string;
    newDevice: string;
    unusualPlace: string;
    outcome: Record<SignInOutcome, string>;
    rememberedDevices: string;
    rememberedExplained(lasts: string): string;
    noRememberedDevices: string;
    thisDevice: string;
    lastUsed(when: string): string;
    rememberedUntil(when: string): string;
    stopRemembering: string;
    securityMessages: string;
    noMessages: string;
    backHome: string;
  };

  mailbox: {
    title: string;
    titleOf(username: string): string;
    heading: string;
    intro: string;
    username: string;
    usernameHint: string;
    password: string;
    passwordHint: string;
    open: string;
    inLiveEsr: string;
    openUntil(time: string): string;
    checkNew: string;
    noMessages: string;
    sentTo(email: string, channel: string, when: string): string;
    channel: Record<OutboxChannel, string>;
    close: string;
    signedOutNotice: string;
    enterUsername: string;
    enterPassword: string;
    wrongDetails: string;
  };

  stepUp: {
    title: string;
    introApp: string;
    introEmail(email: string, lasts: string): string;
    inMailbox: string;
    demoMailboxNewTab: string;
    inMailboxAfter: string;
    codeFromApp: string;
    codeFromEmail: string;
    codeHint: string;
    continue: string;
    sendNewCode: string;
    backHome: string;
    enterCode: string;
  };

  manager: {
    title: string;
    confirmedAt(time: string, maxAge: string): string;
    team: string;
    name: string;
    jobTitle: string;
    needsAttention: string;
    teamRows: readonly (readonly [name: string, job: string, note: string])[];
    backHome: string;
    cannotOpenTitle: string;
    cannotOpenMessage: string;
    helpdesk: {
      heading: string;
      done(username: string, lasts: string): string;
      checkFirst: string;
      username: string;
      usernameHint: string;
      email: string;
      dateOfBirth: string;
      calledBack: string;
      reset: string;
      tickCalledBack: string;
      nothingToReset: string;
    };
  };

  reset: {
    detailsTitle: string;
    detailsHeading: string;
    detailsIntro: string;
    username: string;
    usernameHint: string;
    email: string;
    continue: string;
    backToSignIn: string;
    checkEmail: string;
    emailedCode(lasts: string): string;
    inMailbox: string;
    demoMailboxNewTab: string;
    codeFromEmail: string;
    codeFromEmailHint: string;
    confirmTitle: string;
    dateOfBirthIntro: string;
    dateOfBirth: string;
    withMfaNote: string;
    secondFactorIntro: string;
    codeFromApp: string;
    codeFromAppHint: string;
    useRecoveryCode: string;
    recoveryCode: string;
    recoveryCodeHint: string;
    continueWithRecoveryCode: string;
    newPasswordTitle: string;
    mustIntro: string;
    newPassword: string;
    confirmPassword: string;
    changePassword: string;
    changedTitle: string;
    changedHeading: string;
    signedOutEverywhere: string;
    emailedAbout: string;
    mailboxLink: string;
    signIn: string;
    enterUsername: string;
    enterEmail: string;
    enterDateOfBirth: string;
    enterAppCode: string;
    enterEmailCode: string;
    passwordsDoNotMatch: string;
    rules: Record<PasswordRuleBreach, string>;
  };

  problems: {
    goToPortal: string;
    notFoundTitle: string;
    tooManyRequests: string;
    waitAMinute: string;
    internalTitle: string;
    badRequestTitle: string;
    goBack: string;
    refusedTitle: string;
    refusedMessage: string;
    unknownLanguageTitle: string;
  };
}
