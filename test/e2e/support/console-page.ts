import { LANGUAGE_STORAGE_KEY } from '../../../helper/console/page/language.js';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { CLOCK_PRESETS } from '../../../helper/console/contract.js';

type ClockMove = (typeof CLOCK_PRESETS)[number]['label'];

/**
 * The trainer console driven as a trainer drives it: a tab of its own, opened with the address
 * `npm start` prints, and its buttons clicked by what they say. Every wait is for something the
 * trainer would see on the page.
 */
export class ConsolePage {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, address: string): Promise<ConsolePage> {
    const page = await browser.newPage();
    await page.goto(address, { waitUntil: 'load' });
    // A journey before may have chosen Welsh in this browser, which the console keeps: start from
    // the browser's own language, as a trainer on a new computer would, whatever ran before.
    const hadChoice = await page.evaluate((key: string) => {
      const had = localStorage.getItem(key) !== null;
      localStorage.removeItem(key);
      return had;
    }, LANGUAGE_STORAGE_KEY);
    if (hadChoice) await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('#phone-heading');
    return new ConsolePage(page);
  }

  /** The console polls, and a hidden tab may not: bring it to the front before reading it. */
  private async show(): Promise<void> {
    await this.page.bringToFront();
  }

  private async button(text: string, within?: ElementHandle): Promise<ElementHandle> {
    const root = within ?? this.page;
    const handle = await root.waitForSelector(`::-p-xpath(.//button[normalize-space(.)=${JSON.stringify(text)}])`, { visible: true });
    if (handle === null) throw new Error(`No button "${text}" in the console`);
    return handle;
  }

  /** "Scan QR code" on the training phone: it receives the set-up being shown, and adds the account. */
  async scanQrCode(accountName: string): Promise<void> {
    await this.show();
    await (await this.button('Scan QR code')).click();
    await this.page.waitForFunction(
      (name: string) => Array.from(document.querySelectorAll('#phone [role="status"]')).some((el) => el.textContent.includes(`(${name}) is on the training phone`)),
      {},
      accountName,
    );
    await this.phoneCode(accountName);
  }

  /**
   * The 6-digit code the training phone shows for an account, as a person reads it off the screen;
   * with `notThis`, waits until the phone shows a different one (after the clock moved).
   */
  async phoneCode(accountName: string, notThis?: string): Promise<string> {
    await this.show();
    const code = await this.page.waitForFunction(
      (name: string, old: string | null) => {
        for (const account of document.querySelectorAll('.esr-phone__account')) {
          if (account.querySelector('.esr-phone__name')?.textContent !== name) continue;
          const digits = (account.querySelector('.esr-phone__code')?.textContent ?? '').replace(/\D/g, '');
          if (digits.length === 6 && digits !== old) return digits;
        }
        return false;
      },
      {},
      accountName,
      notThis ?? null,
    );
    return (await code.jsonValue()) as string;
  }

  /**
   * One of the training clock's buttons, "Move forward 15 minutes" and so on. Waits until the console
   * confirms it and the training phone shows codes for the moved time, not codes drawn just before.
   */
  async moveClock(label: ClockMove): Promise<void> {
    const seconds = CLOCK_PRESETS.find((preset) => preset.label === label)?.seconds ?? 0;
    await this.show();
    const phoneNow = async () => Number(await this.page.$eval('.esr-phone', (el) => el.getAttribute('data-helper-now') ?? '0'));
    await this.page.waitForSelector('.esr-phone[data-helper-now]');
    const before = await phoneNow();
    await (await this.button(`Move forward ${label}`)).click();
    await this.page.waitForFunction((wanted: string) => (document.querySelector('#clock')?.textContent ?? '').includes(wanted), {}, `Moved forward ${label}.`);
    await this.page.waitForFunction(
      (after: number) => Number(document.querySelector('.esr-phone')?.getAttribute('data-helper-now') ?? '0') >= after,
      {},
      before + seconds * 1000,
    );
  }

  /**
   * The header's language switch, reached and pressed with the keyboard only: Tab until it has the
   * focus, then Enter. Waits until the page says it is in the new language (`<html lang>`).
   */
  async switchLanguageWithKeyboard(label: 'Cymraeg' | 'English'): Promise<void> {
    await this.show();
    const switchFocused = () => this.page.evaluate(() => document.activeElement?.classList.contains('esr-language-switch') ?? false);
    // The skip link comes first; the switch is in the header just after it.
    for (let presses = 0; presses < 5 && !(await switchFocused()); presses++) await this.page.keyboard.press('Tab');
    const focused = await this.page.evaluate(() => {
      const element = document.activeElement;
      return element === null ? null : { text: element.textContent.trim(), lang: element.getAttribute('lang') };
    });
    if (focused?.text !== label) throw new Error(`The keyboard did not reach the "${label}" switch (focus is on ${JSON.stringify(focused)})`);
    await this.page.keyboard.press('Enter');
    const locale = label === 'Cymraeg' ? 'cy-GB' : 'en-GB';
    await this.page.waitForFunction((wanted: string) => document.documentElement.lang === wanted, {}, locale);
  }

  /** Waits until every section has drawn what the helper sent, so a check of the page reads all of it. */
  async waitUntilLoaded(): Promise<void> {
    await this.show();
    await this.page.waitForSelector('article.esr-person');
    await this.page.waitForSelector('.esr-phone__account');
    await this.page.waitForSelector('#scenarios li.esr-scenario');
    await this.page.waitForSelector('.esr-status-bar dt');
    await this.page.waitForSelector('.esr-clock__time');
    // Every "Loading…" the console says ends with an ellipsis, in either language.
    await this.page.waitForFunction(() => !(document.querySelector('#outbox')?.textContent ?? '…').includes('…'));
  }

  /** The newest email to one person, from the console's outbox, matched by `pattern` (one capture group). */
  async fromNewestEmail(username: string, subject: string, pattern: RegExp): Promise<string> {
    await this.show();
    await this.page.select('#outbox-who', username);
    const email = await this.page.waitForFunction(
      (wanted: string) => {
        const first = document.querySelector('.esr-outbox .esr-email');
        if (first?.querySelector('.esr-email__subject')?.textContent !== wanted) return false;
        return first.querySelector('.esr-email__body')?.textContent ?? false;
      },
      {},
      subject,
    );
    const body = (await email.jsonValue()) as string;
    const found = pattern.exec(body)?.[1];
    if (found === undefined) throw new Error(`Nothing matching ${String(pattern)} in ${username}'s email "${subject}": ${body}`);
    return found;
  }

  /** "Reset" on one person's card, then the confirming "Reset <name>". */
  async resetPerson(displayName: string): Promise<void> {
    await this.show();
    const card = await this.personCard(displayName);
    await (await this.button(`Reset ${displayName}`, card)).click();
    // The console asks again, in the card: "Are you sure? Reset Jane Smith".
    const asked = await card.waitForSelector('.esr-confirm');
    if (asked === null) throw new Error(`The console did not ask before resetting ${displayName}`);
    await (await this.button(`Reset ${displayName}`, asked)).click();
    await this.page.waitForFunction((name: string) => (document.querySelector('#people')?.textContent ?? '').includes(`${name} is reset`), {}, displayName);
  }

  /** Waits until a person's card shows a tag ("MFA on", "Setting up"...), as the console refreshes its people. */
  async waitForTag(displayName: string, tag: string): Promise<void> {
    await this.show();
    await this.personCard(displayName);
    await this.page.waitForFunction(
      (name: string, wanted: string) => Array.from(document.querySelectorAll('article.esr-person')).some((card) =>
        card.querySelector('h3')?.textContent === name && Array.from(card.querySelectorAll('.esr-person__tags .nhsuk-tag'), (t) => t.textContent).includes(wanted)),
      {},
      displayName,
      tag,
    );
  }

  private async personCard(displayName: string): Promise<ElementHandle> {
    const card = await this.page.waitForSelector(`::-p-xpath(//article[contains(@class, "esr-person")][.//h3[normalize-space(.)=${JSON.stringify(displayName)}]])`);
    if (card === null) throw new Error(`No card for ${displayName} in the console`);
    return card;
  }
}
