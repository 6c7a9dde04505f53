import type { Privilege } from '../../../../shared/api.js';
import type { Language, Words } from '../../../../shared/words/index.js';
import type { ConsoleErrorCode, LocalErrorCode } from '../api.js';

/**
 * Every word the trainer console shows, one catalogue per language, both typed by this interface:
 * a Welsh catalogue that lacks a text does not compile. Words that more than the console says
 * (lengths of time, dates) come from shared/words through `shared`.
 */

/** The console's sections, in the order the page shows them. */
export const SECTION_IDS = ['people', 'phone', 'clock', 'outbox', 'scenarios'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * The helper's scenarios (helper/core/training/scenarios.ts). The console has its own words for
 * each, in every language, rather than showing the helper's English; a scenario added to the helper
 * and not yet here is shown in the helper's words, marked as English.
 */
export const SCENARIO_IDS = ['fresh-class', 'amir-locked-out', 'amir-remembered-device-expiring', 'amir-phone-lost', 'jane-mfa-on'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** What a scenario's result says, read from the people the helper sent back, already written out. */
export interface ScenarioFacts {
  /** When Amir's code step opens again, written as a date; null if it is not locked. */
  amirCodesLockedUntil: string | null;
  amirRememberedBrowsers: number;
  /** Jane's recovery codes not used yet (her demo set, made by the scenario). */
  janeRecoveryCodes: string[];
}

export interface ScenarioWords {
  title: string;
  description: string;
  /** What it did and what to do next. */
  done(facts: ScenarioFacts): string;
  /** Why it could not be set up now, where the scenario has its own reason. */
  notPossible?: string;
}

export interface ConsoleWords {
  language: Language;
  /** The product's shared words: durations, dates, the locale. */
  shared: Words;
  /** The switch to the other language, written in that language. */
  switchTo: { language: Language; label: string };
  pageTitle: string;
  frame: { skipLink: string; serviceName: string; banner: string; footer: string };
  heading: string;
  nav: { label: string; sections: Record<SectionId, string> };
  common: { problemTitle: string; done: string; cancel: string; errorPrefix: string; importantPrefix: string };
  /**
   * Day and month names, Sunday and January first. Written here rather than left to Intl: Chromium
   * carries no Welsh locale data and would write English names on a Welsh page.
   */
  calendar: { days: readonly string[]; months: readonly string[] };
  time: {
    justNow: string;
    ago(duration: string): string;
    realTime: string;
    aheadOfRealTime(span: string): string;
    /** "1 day, 1 hour and 30 seconds". */
    list(parts: string[]): string;
  };
  status: {
    asking: string;
    label: string;
    portal: string;
    /** The portal's MFA help page: the video and step-by-step guide for staff. */
    guide: string;
    guideLink: string;
    opensInNewTab: string;
    extension: string;
    extensionNotSeen: string;
    extensionSeen(ago: string): string;
    clock: string;
    moved(ahead: string): string;
  };
  people: {
    intro: string;
    newKeys: string;
    newKeysHint: string;
    newKeysNote: string;
    resetEveryone: string;
    resetEveryoneQuestion: string;
    everyoneReset: string;
    personReset(name: string): string;
    loading: string;
    listLabel: string;
  };
  person: {
    privilege: Record<Privilege, string>;
    inTheDemo: string;
    facts: { mfa: string; recoveryCodes: string; demoKey: string; locked: string; rememberedBrowsers: string; setUp: string; sessions: string };
    mfaOff: string;
    mfaOn: string;
    mfaOnSince(date: string): string;
    newAuthenticatorDue: string;
    recoveryCodesMfaOff: string;
    recoveryCodesLeft(count: number): string;
    demoCodesNotUsed(count: number): string;
    notADemoKey: string;
    none: string;
    notLocked: string;
    passwordLockedUntil(date: string): string;
    codesLockedUntil(date: string): string;
    rememberedUntil(date: string): string;
    notSignedIn: string;
    liveSessions(count: number): string;
    setUpShowing: string;
    tags: { mfaOn: string; mfaOff: string; newPhoneDue: string; settingUp: string; locked: string; signedIn: string };
    reset: string;
    resetQuestion(name: string): string;
    resetConfirm(name: string): string;
  };
  phone: {
    intro: string;
    screenLabel: string;
    starting: string;
    codesMayBeOld(problem: string): string;
    scan: string;
    enterKeyManually: string;
    noAccounts: string;
    accountsLabel: string;
    codePrefix: string;
    remove: string;
    removeQuestion(account: string): string;
    removed(account: string): string;
    added(account: string): string;
    secondsLeft(seconds: number): string;
    nothingToScan: string;
    chooseWhose: string;
    chooseWhoseError: string;
    scanThis: string;
  };
  manualKey: {
    heading: string;
    accountName: string;
    accountNameHint: string;
    key: string;
    keyHint: string;
    add: string;
    accountNameMissing: string;
    accountNameTooLong: string;
    keyMissing: string;
    keyCharacters: string;
    keyTooLong: string;
  };
  clock: {
    reading: string;
    portalTime: string;
    realPhones: string;
    realPhonesText: string;
    moveForward(span: string): string;
    movedForward(span: string, ahead: string): string;
    backToRealTime: string;
    isBack: string;
  };
  outbox: {
    showTo: string;
    everyone: string;
    loading: string;
    noneYet: string;
    noneTo(name: string): string;
    count(count: number): string;
    listLabel: string;
    to: string;
    read: string;
    newEmail(name: string, subject: string): string;
    newEmails(count: number): string;
  };
  scenarios: {
    loading: string;
    none: string;
    listLabel: string;
    setUp: string;
    setUpDone(title: string): string;
    byId: Record<ScenarioId, ScenarioWords>;
  };
  token: {
    heading: string;
    refused: string;
    openWithAddress: string;
    whereAddress: string;
    label: string;
    hint: string;
    submit: string;
    empty: string;
    notAddress: string;
  };
  /** What each refusal of the console API means, by its code: the server's own words are never shown. */
  errors: Record<ConsoleErrorCode | LocalErrorCode, string>;
}
