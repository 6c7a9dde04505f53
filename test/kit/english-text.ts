/**
 * Finds English left in text meant to be Welsh: the check behind the tests that fail when a page,
 * panel or email shows words written into the code instead of taken from a catalogue.
 *
 * A text is English when it has a word that English text can hardly do without and that is not a
 * Welsh word: "the", "your", "and", "to"... or a word of the product's own controls ("continue",
 * "sign", "code"...). Welsh words that look like English ones ("a", "i", "o", "at", "can", "set", "help", "problem", "do", "does" as in "does dim", "all" as in "ni all")
 * are deliberately not in the list. Names (ESR, NHS, MFA, Microsoft Authenticator, Chrome,
 * Firefox, people's names) contain none of these words, so they pass. Text marked as English with
 * `lang="en"` (the "English" switch) is the caller's to leave out: it is English on purpose.
 */
const ENGLISH_ONLY_WORDS = new Set([
  // Function words.
  'the', 'your', 'you', 'and', 'with', 'this', 'that', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been', 'from', 'for',
  'have', 'has', 'had', 'not', 'will', 'would', 'what', 'when', 'which', 'who', 'how', 'it', 'its', 'of', 'on', 'or', 'our',
  'we', 'us', 'if', 'by', 'an', 'as', 'into', 'here', 'there', 'then', 'than', 'up', 'out', 'about', 'to', 'in',
  'need', 'must', 'may', 'should', 'only', 'any', 'each', 'every', 'more', 'no', 'yes', 'now', 'again', 'after', 'before',
  // The product's own words, which a missed translation would most likely leave.
  'sign', 'signed', 'enter', 'code', 'codes', 'password', 'username', 'security', 'extra', 'recovery', 'phone', 'app',
  'continue', 'back', 'cancel', 'next', 'save', 'saved', 'close', 'open', 'show', 'hide', 'done', 'turn', 'setting',
  'settings', 'step', 'home', 'error', 'skip', 'main', 'content', 'manager', 'browser', 'remember',
  'account', 'activity', 'time', 'minutes', 'seconds', 'hours', 'days', 'left', 'try', 'tries', 'wrong', 'right', 'new',
  'use', 'used', 'using', 'choose', 'check', 'confirm', 'copy', 'download', 'email', 'emails', 'training', 'clock',
]);

/** The English-only words in one text, lower case, in the order met; empty when there are none. */
export function englishWordsIn(text: string): string[] {
  // Letters and figures together make one word: a key or code such as "WE4Z-QG2P" is not the word "we".
  // A word written all in capitals is a name, an acronym or a group of a key or code ("ESR",
  // "BY", "FROM" in "Q7FROM..."), not a sentence's word: only words with a small letter count.
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== word.toUpperCase());
  return words.map((word) => word.toLowerCase()).filter((word) => ENGLISH_ONLY_WORDS.has(word));
}

/** The texts (each trimmed) that read as English, with the English words found, for a failure message. */
export function findEnglish(texts: Iterable<string>): { text: string; words: string[] }[] {
  const found: { text: string; words: string[] }[] = [];
  for (const raw of texts) {
    const text = raw.trim();
    const words = englishWordsIn(text);
    if (words.length > 0) found.push({ text, words });
  }
  return found;
}
