import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TagColour } from './person-text.js';
import { useWords, type ConsoleWords } from './words/index.js';

/**
 * Something the page says, kept as how to say it rather than as text, so a message on screen
 * follows the language switch.
 */
export type Say = (words: ConsoleWords) => string;

/** A message kept in state: a function in useState would be taken as an updater, so it is boxed. */
export function useSaid(): [Say | null, (say: Say | null) => void] {
  const [said, setSaid] = useState<{ say: Say } | null>(null);
  return [said?.say ?? null, (say) => { setSaid(say === null ? null : { say }); }];
}

/** Data from the helper (names, usernames, job titles, emails): not the console's words, so not translated. */
export function Data({ children }: { children: ComponentChildren }) {
  return <span translate={false}>{children}</span>;
}

/** Pieces every section uses, in the NHS design system's markup. */

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="esr-section" id={id} aria-labelledby={`${id}-heading`}>
      <h2 class="nhsuk-heading-l" id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** A refusal or failure, announced at once (role="alert") when it appears. */
export function Problem({ message }: { message: string | null }) {
  const words = useWords();
  if (message === null) return null;
  return (
    <div class="nhsuk-error-summary esr-problem" role="alert">
      <p class="nhsuk-error-summary__title esr-problem__title">{words.common.problemTitle}</p>
      <p class="nhsuk-body">{message}</p>
    </div>
  );
}

/**
 * What an action did, in a success banner. The live region is always in the page and only its
 * content changes, which is what screen readers reliably announce.
 */
export function Done({ title, message }: { title?: string | undefined; message: string | null }) {
  const words = useWords();
  return (
    <div role="status">
      {message !== null && (
        <div class="nhsuk-notification-banner nhsuk-notification-banner--success esr-done">
          <div class="nhsuk-notification-banner__header">
            <p class="nhsuk-notification-banner__title">{title ?? words.common.done}</p>
          </div>
          <div class="nhsuk-notification-banner__content">
            <p class="nhsuk-body">{message}</p>
          </div>
        </div>
      )}
    </div>
  );
}

export function Tag({ text, colour }: { text: string; colour: TagColour }) {
  return <strong class={`nhsuk-tag nhsuk-tag--${colour}`}>{text}</strong>;
}

export function Hidden({ children }: { children: ComponentChildren }) {
  return <span class="nhsuk-u-visually-hidden">{children}</span>;
}

export interface ConfirmButtonProps {
  /** The first button: "Reset". */
  label: ComponentChildren;
  /** "Are you sure? Reset Jane Smith". */
  question: string;
  /** The button that does it: "Reset Jane Smith". */
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  small?: boolean;
  /** The first button drawn as a link, where a full button would crowd the row (the phone's). */
  plain?: boolean;
  warning?: boolean;
}

/**
 * A destructive action asked twice, in the page rather than with window.confirm (which a screen
 * reader user meets out of context, and a projector shows as a grey box). Focus moves to the
 * question, not to the button that does it, so a second key press cannot do it by accident; Cancel
 * puts focus back where it was.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, small = false, plain = false, warning = true }: ConfirmButtonProps) {
  const words = useWords();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const size = small ? ' nhsuk-button--small' : '';

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      openerRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button ref={openerRef} type="button" class={plain ? 'esr-link-button' : `nhsuk-button nhsuk-button--secondary${size}`} onClick={() => { setAsking(true); }}>
        {label}
      </button>
    );
  }
  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      returnFocus.current = true;
      setAsking(false);
    }
  };
  return (
    <div class="esr-confirm">
      <p class="nhsuk-body esr-confirm__question esr-focus-target" tabIndex={-1} ref={questionRef}>{question}</p>
      <div class="nhsuk-button-group">
        <button type="button" class={`nhsuk-button${warning ? ' nhsuk-button--warning' : ''}${size}`} aria-busy={busy ? 'true' : 'false'} onClick={() => { void confirm(); }}>
          {confirmLabel}
        </button>
        <button type="button" class={`nhsuk-button nhsuk-button--secondary${size}`} onClick={() => { returnFocus.current = true; setAsking(false); }}>
          {words.common.cancel}
        </button>
      </div>
    </div>
  );
}
