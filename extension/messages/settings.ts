import { z } from 'zod/mini';

/** The extension's settings, kept by the background and edited on the options page. */

export const HelperOrigin = z.string().check(
  z.regex(/^http:\/\/127\.0\.0\.1:\d{1,5}$/, 'must be http://127.0.0.1 and a port, for example http://127.0.0.1:4400'),
  z.refine((origin) => {
    const port = Number(origin.split(':')[2]);
    return port >= 1 && port <= 65535;
  }, 'the port must be from 1 to 65535'),
);

export const Settings = z.object({
  helperOrigin: HelperOrigin,
  snoozeDays: z.number().check(z.int(), z.gte(1), z.lte(90)),
  /** Also show security messages as browser notifications (needs the optional permission). */
  browserNotifications: z._default(z.boolean(), false),
});
export type Settings = z.infer<typeof Settings>;
