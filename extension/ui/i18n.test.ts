import { beforeEach, describe, expect, it } from 'vitest';
import { currentLanguage, speak, substitute, t, type Catalogue } from './i18n.js';
import { CATALOGUES, fakeBrowserI18n } from './i18n-fake.js';
import { languageOfBrowserLanguages, speakOnPortalPage } from './language.js';

/** The placeholders a message takes: its $1…$9, and those its named placeholders stand for. */
function placeholdersOf(catalogue: Catalogue, key: string): string[] {
  const message = catalogue[key];
  if (message === undefined) return [];
  const named = Object.entries(message.placeholders ?? {}).map(([name, { content }]) => `${name.toLowerCase()}=${content}`);
  const used = [...message.message.matchAll(/\$([1-9])|\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[0].toLowerCase());
  return [...named, ...used].sort();
}

describe('the two catalogues', () => {
  const keys = (catalogue: Catalogue) => Object.keys(catalogue).sort();

  it('have exactly the same keys', () => {
    expect(keys(CATALOGUES.cy)).toEqual(keys(CATALOGUES.en));
  });

  it.each(['en', 'cy'] as const)('have no empty message in %s', (language) => {
    const empty = Object.entries(CATALOGUES[language]).filter(([, message]) => (message?.message.trim() ?? '') === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('take the same placeholders in both languages', () => {
    const differing = keys(CATALOGUES.en).filter((key) => placeholdersOf(CATALOGUES.en, key).join() !== placeholdersOf(CATALOGUES.cy, key).join());
    expect(differing).toEqual([]);
  });
});

describe('placeholders, as browser.i18n fills them', () => {
  it('fills $1…$9 in order, and leaves a missing one empty', () => {
    expect(substitute({ message: 'Try again in $1.' }, ['15 minutes'])).toBe('Try again in 15 minutes.');
    expect(substitute({ message: '$2, then $1' }, ['a', 'b'])).toBe('b, then a');
    expect(substitute({ message: 'left: $1.' }, [])).toBe('left: .');
  });

  it('fills named placeholders, whatever their case, from their content', () => {
    const message = { message: 'Step $STEP$ of $Total$', placeholders: { step: { content: '$1' }, TOTAL: { content: '$2' } } };
    expect(substitute(message, ['2', '6'])).toBe('Step 2 of 6');
  });

  it('reads $$ as one $, and leaves an unknown $name$ as it is', () => {
    expect(substitute({ message: 'Costs $$5 and $unknown$' }, [])).toBe('Costs $5 and $unknown$');
  });

  it('gives the same text from the stored catalogue as from the browser for every message', () => {
    // The browser's path here is the fake; the journey "The extension speaks Welsh" compares with
    // a real browser's getMessage.
    fakeBrowserI18n('cy');
    const subs = ['A1', 'B2', 'C3'];
    const viaBrowser = Object.keys(CATALOGUES.cy).map((key) => { speak('cy', null); return t(key as never, ...subs); });
    fakeBrowserI18n('en');
    const viaStore = Object.keys(CATALOGUES.cy).map((key) => { speak('cy', CATALOGUES.cy); return t(key as never, ...subs); });
    expect(viaStore).toEqual(viaBrowser);
  });
});

describe('which language the panels speak', () => {
  beforeEach(() => { fakeBrowserI18n('en'); });

  it('follows the ESR page by default', () => {
    expect(speakOnPortalPage({ 'messages-cy': CATALOGUES.cy }, 'cy')).toBe('cy');
    expect(t('continue')).toBe('Parhau');
    expect(speakOnPortalPage({ 'messages-cy': CATALOGUES.cy }, 'en-GB')).toBe('en');
    expect(t('continue')).toBe('Continue');
  });

  it('keeps to the choice made in the options, whatever the page', () => {
    expect(speakOnPortalPage({ language: 'cy', 'messages-cy': CATALOGUES.cy }, 'en-GB')).toBe('cy');
    expect(t('refusalTooManyWrongCodes', '15 munud')).toBe('Gormod o godau anghywir. Rhowch gynnig arall arni ymhen 15 munud.');
    expect(speakOnPortalPage({ language: 'en' }, 'cy')).toBe('en');
    expect(currentLanguage()).toBe('en');
  });

  it('speaks Welsh through the browser itself when the browser is in Welsh', () => {
    fakeBrowserI18n('cy');
    expect(speakOnPortalPage({ 'messages-en': CATALOGUES.en }, 'cy')).toBe('cy');
    expect(t('back')).toBe('Yn ôl');
    expect(speakOnPortalPage({ 'messages-en': CATALOGUES.en }, 'en')).toBe('en');
    expect(t('back')).toBe('Back');
  });

  it('stays with the browser’s language when the other catalogue is not in storage yet', () => {
    expect(speakOnPortalPage({ language: 'cy' }, 'cy')).toBe('en');
    expect(t('back')).toBe('Back');
  });

  it('on the options page, follows the first of the browser’s languages it speaks', () => {
    expect(languageOfBrowserLanguages(['fr-FR', 'cy-GB', 'en-GB'])).toBe('cy');
    expect(languageOfBrowserLanguages(['en-GB', 'cy'])).toBe('en');
    expect(languageOfBrowserLanguages(['de'])).toBe('en');
  });
});

describe('dates', () => {
  it('read as people in the UK write them, in either language', async () => {
    const { dateTimeText } = await import('./words.js');
    const moment = new Date(2026, 11, 6, 6, 5).getTime();
    fakeBrowserI18n('en');
    speak('en', null);
    expect(dateTimeText(moment)).toBe('6 December 2026 at 06:05');
    speak('cy', CATALOGUES.cy);
    expect(dateTimeText(moment)).toBe('6 Rhagfyr 2026 am 06:05');
  });
});
