import { useEffect, useRef, useState } from 'preact/hooks';
import { FRAME_HEIGHT_MESSAGE, FRAME_LANGUAGE_PARAMETER, SECURE_FRAME_PATH } from '../ui/extension-pages.js';
import { errorText } from '../ui/error-text.js';
import { currentLanguage, t } from '../ui/i18n.js';
import type { MessageResult } from '../messages/result.js';
import type { Connector } from '../ui/connector.js';

export interface SecureFrameEmbedProps {
  connector: Connector;
  /** Gets the single-use ticket the frame trades for what it shows. */
  getTicket: () => Promise<MessageResult<{ ticket: string }>>;
  title: string;
}

type State = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

/**
 * The QR code and key are drawn by an extension page in this frame, never by the portal's DOM.
 * The frame is made by hand, outside Preact, so that any change to it can only be the page's
 * doing: a change closes the frame (Bitwarden's defence against a tampering page).
 */
export function SecureFrameEmbed({ connector, getTicket, title }: SecureFrameEmbedProps) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const container = box.current;
    if (container === null) return;
    const stop = new AbortController();
    void (async () => {
      const ticket = await getTicket();
      if (stop.signal.aborted) return;
      if (!ticket.ok) {
        setState({ kind: 'failed', message: errorText(ticket.error) });
        return;
      }
      const frameUrl = connector.extensionUrl(SECURE_FRAME_PATH);
      // The frame speaks the panel's language. It is told in its address: not a secret, and the
      // frame need not ask the background, nor know which page it is framed in.
      const language = currentLanguage();
      const frame = document.createElement('iframe');
      frame.title = title;
      frame.setAttribute('allow', 'clipboard-write');
      frame.src = `${frameUrl}?${FRAME_LANGUAGE_PARAMETER}=${language}#${ticket.value.ticket}`;
      container.replaceChildren(frame);
      setState({ kind: 'ready' });

      const guard = new MutationObserver(() => {
        stop.abort();
        frame.remove();
        setState({ kind: 'failed', message: t('secureFrameTampered') });
      });
      guard.observe(frame, { attributes: true });
      stop.signal.addEventListener('abort', () => { guard.disconnect(); }, { once: true });

      window.addEventListener('message', (event: MessageEvent<unknown>) => {
        if (event.source !== frame.contentWindow || event.origin !== new URL(frameUrl).origin) return;
        const data = event.data as { type?: unknown; height?: unknown } | null;
        if (data?.type === FRAME_HEIGHT_MESSAGE && typeof data.height === 'number' && data.height > 0 && data.height < 5000) {
          container.style.height = `${Math.ceil(data.height)}px`;
        }
      }, { signal: stop.signal });
    })();
    return () => { stop.abort(); };
  }, [connector, getTicket, title]);

  return (
    <>
      {state.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {state.kind === 'failed' && <p class="error-message" role="alert">{state.message}</p>}
      <div class="secure-frame-box" ref={box} hidden={state.kind === 'failed'} />
    </>
  );
}
