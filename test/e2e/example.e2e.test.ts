import { describe, expect, it } from 'vitest';
import { e2eBrowsers, enterCodeAndWait, heading, signIn, useStage, USERNAMES } from 'esr-mfa/test-kit';

// One helper and one browser per describe; before each journey, everyone is reset and a fresh tab opens.
describe.each(e2eBrowsers())('Example journey in %s', (kind) => {
  const stage = useStage(kind);

  it('Amir signs in with his password and a code from his phone', async () => {
    const { page, helper } = stage();
    await signIn(page, helper, USERNAMES.amir);
    expect(page.url()).toBe(`${helper.origin}/login/verify`);
    // The kit's phone holds Amir's demo key (read from the console) and reads the helper's clock.
    await enterCodeAndWait(page, await helper.phone.codeFor(USERNAMES.amir));
    expect(await heading(page)).toBe('Welcome, Amir Khan');
  });
});
