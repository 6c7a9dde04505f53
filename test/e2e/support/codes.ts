import { generateSync } from 'otplib';
import { NodeCryptoPlugin } from '@otplib/plugin-crypto-node';
import { ScureBase32Plugin } from '@otplib/plugin-base32-scure';

const STEP_SECONDS = 30;
const plugins = { crypto: new NodeCryptoPlugin(), base32: new ScureBase32Plugin() };

export function codeForStep(secret: string, step: number): string {
  return generateSync({ ...plugins, secret, epoch: step * STEP_SECONDS });
}

/**
 * A code the helper has not seen yet, as a phone would show it: the current step's code, or the
 * next step's (the helper accepts one step of drift), waiting only when both were used already.
 */
export async function unusedCode(secret: string, lastUsedStep: number | null): Promise<{ code: string; step: number }> {
  for (;;) {
    const current = Math.floor(Date.now() / 1000 / STEP_SECONDS);
    const step = [current, current + 1].find((s) => lastUsedStep === null || s > lastUsedStep);
    if (step !== undefined) return { code: codeForStep(secret, step), step };
    await new Promise((resolve) => setTimeout(resolve, (current + 1) * STEP_SECONDS * 1000 - Date.now() + 50));
  }
}
