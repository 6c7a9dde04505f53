import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A confirmation drawn in place of the panel whose button asked for it ("Not now", "I have read
 * these"). The button is gone, so the keyboard focus moves here rather than falling back to the
 * top of the page, and a screen reader reads it out: a live region that arrives already holding
 * its text is not reliably announced, but the element that takes focus always is. It stays a
 * status region for the assistive technologies that do announce it.
 */
export function Confirmation({ children }: { children: ComponentChildren }) {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => { message.current?.focus(); }, []);
  return (
    <p ref={message} class="status" role="status" tabIndex={-1}>
      {children}
    </p>
  );
}
