/**
 * One-time tickets that let the secure frame fetch what only it may show (the enrolment secret, or
 * new recovery codes) for the tab that opened it. The content script never sees those: it gets a
 * ticket, puts it in the frame's address, and the frame (an extension page) trades it here. Kept in
 * memory only: a ticket that outlives the background's sleep is simply expired.
 */
export type FrameTicketContent = { kind: 'enrolment' } | { kind: 'recovery-codes'; recoveryCodes: string[]; username: string };

export interface FrameTicket {
  tabId: number;
  content: FrameTicketContent;
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
      return { tabId: ticket.tabId, content: ticket.content };
    },
  };
}

export type FrameTickets = ReturnType<typeof createFrameTickets>;
