/**
 * Microsoft Authenticator honours only these parameters, so every otpauth URI the helper issues
 * uses exactly them (and the app would silently ignore anything else).
 */
export const TOTP_PARAMETERS = {
  algorithm: 'sha1',
  digits: 6,
  periodSeconds: 30,
  issuer: 'ESR',
} as const;

/** 20 bytes: the RFC 4226 recommended length for SHA-1 secrets. */
export const TOTP_SECRET_BYTES = 20;

/**
 * Turns what people type or paste ("123 456", "123-456", " 123456 ") into six digits, or null.
 * Applied by the client before sending; the helper itself accepts only six plain digits.
 */
export function normaliseOneTimeCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** Shows a base32 secret in groups of four, the way people copy it into an app by hand. */
export function groupSecretForReading(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
