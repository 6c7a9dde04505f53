/**
 * The ESR MFA test kit: everything a browser journey needs, against a real helper and a real
 * browser with the built extension. Import it as `esr-mfa/test-kit` (package.json "exports").
 * docs/testing.md shows how to write a journey with it.
 */
export { startHelper, type StartHelperOptions, type TestHelper } from './helper.js';
export { ConsoleApiError, ConsoleClient, type ScenarioId } from './console-client.js';
export { Phone, codeForStep } from './phone.js';
export { BROWSER_KINDS, browserExecutable, e2eBrowsers, launchBrowser, type BrowserKind, type LaunchOptions, type TestBrowser } from './browser.js';
export { USERNAMES, persona, personas, type KitPersona, type PersonaName } from './personas.js';
export {
  clickAndWait,
  codeFromMailbox,
  enterCode,
  enterCodeAndWait,
  expectNoSecretInPage,
  goThroughGuide,
  heading,
  keyFromQrCode,
  openGuideToQrCode,
  openManagerArea,
  openMailbox,
  pageWorldContains,
  panelText,
  scanQrCode,
  secureFrame,
  signIn,
  signOut,
  stepUp,
  waitForFocusOn,
  waitForPanelText,
  waitForSecureFrameToSettle,
  type Portal,
} from './page.js';
export {
  describeFocus,
  expectFocusVisible,
  focusMatches,
  focusedElement,
  pressEnterAndWait,
  tabTo,
  waitForFocus,
  type FocusTarget,
  type FocusedElement,
  type TabToOptions,
} from './keyboard.js';
export { expectAccessible, WCAG_TAGS, type AccessibleOptions, type AxeFalsePositive } from './accessibility.js';
export { useStage, type Stage, type StageOptions } from './stage.js';
export type { ClockView, OutboxEmail, PersonState, PhoneAccount, Scenario, ScenarioResult } from '../../helper/console/contract.js';
export { englishWordsIn, findEnglish } from './english-text.js';
export { expectNoEnglish } from './language.js';
