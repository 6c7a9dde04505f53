import { z } from 'zod/mini';
import { EnrolmentStartResponse, OpaqueToken, RecoveryCodes } from '../../shared/api.js';
import { defineMessages, messageRequest, type RequestIn } from './table.js';

/** What the secure frame shows: the enrolment QR code and key, or a new set of recovery codes. */
export const SecureFrameContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('enrolment'), enrolment: EnrolmentStartResponse }),
  z.object({ kind: z.literal('recovery-codes'), recoveryCodes: RecoveryCodes, username: z.string() }),
]);
export type SecureFrameContent = z.infer<typeof SecureFrameContent>;

/** From the secure frame (an extension page inside the portal page): the only sender that gets secrets. */
export const FRAME_MESSAGES = defineMessages({
  'secure-frame-content': {
    request: messageRequest('secure-frame-content', { ticket: OpaqueToken }),
    response: SecureFrameContent,
  },
});
export type FrameMessages = typeof FRAME_MESSAGES;
export type FrameRequest = RequestIn<FrameMessages>;
