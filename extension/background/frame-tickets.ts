/**
 * One-time tickets that let the secure frame fetch the enrolment secret for the tab that opened it.
 * The content script never sees the secret: it asks for a ticket, puts it in the frame's address,
 * and the frame (an extension page) trades it here for the secret. Kept in memory only: a ticket
 * that outlives the background's sleep is simply expired, and the frame asks for a new one.
 */
export interface FrameTicket {
  apiToken: string;
  tabId: number;
}

const TICKET_LIFETIME_MS = 60_000;

export function createFrameTickets(randomToken: () => string, now: () => number) {
  const tickets = new Map<string, FrameTicket & { expiresAt: number }>();
  return {
    issue(ticket: FrameTicket): string {
      const id = randomToken();
      tickets.set(id, { ...ticket, expiresAt: now() + TICKET_LIFETIME_MS });
      return id;
    },
    /** Single use: a ticket is gone once redeemed, and only redeems from the tab it was made for. */
    redeem(id: string, tabId: number | undefined): FrameTicket | undefined {
      const ticket = tickets.get(id);
      tickets.delete(id);
      for (const [key, value] of tickets) if (value.expiresAt <= now()) tickets.delete(key);
      if (ticket === undefined || ticket.expiresAt <= now() || ticket.tabId !== tabId) return undefined;
      return { apiToken: ticket.apiToken, tabId: ticket.tabId };
    },
  };
}

export type FrameTickets = ReturnType<typeof createFrameTickets>;
