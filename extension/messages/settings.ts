import { z } from 'zod';

/** The extension's settings, kept by the background and edited on the options page. */

export const HelperOrigin = z
  .string()
  .regex(/^http:\/\/127\.0\.0\.1:\d{1,5}$/, 'must be http://127.0.0.1 and a port, for example http://127.0.0.1:4400')
  .refine((origin) => {
    const port = Number(origin.split(':')[2]);
    return port >= 1 && port <= 65535;
  }, 'the port must be from 1 to 65535');

export const Settings = z.object({
  helperOrigin: HelperOrigin,
  snoozeDays: z.number().int().min(1).max(90),
  /** Also show security messages as browser notifications (needs the optional permission). */
  browserNotifications: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;
