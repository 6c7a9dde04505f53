import { useEffect, useRef, useState } from 'preact/hooks';

/** A field in error: the checkbox or code field inside a form group marked as in error. */
const FIRST_FIELD_IN_ERROR = '.form-group--error input';

/**
 * After a form is refused, puts the keyboard focus on its first field in error, the NHS pattern
 * for a form with no error summary (WCAG 2.4.3, 3.3.1): the field's error is tied to it, so a
 * screen reader reads it out as the focus lands. Without this, a refusal sent with the button
 * leaves the focus on the page itself, since the button is disabled while the code is checked.
 * Call the function it returns with the form once the error is set; the focus moves once the
 * error is drawn. (Take the form from the submit event before any await: in a shadow root the
 * event forgets its target once dispatched.)
 */
export function useFocusFirstError(): (form: EventTarget | null) => void {
  const refused = useRef<Element | null>(null);
  // A count, not a flag: the same error twice in a row must move the focus again.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) refused.current?.querySelector<HTMLElement>(FIRST_FIELD_IN_ERROR)?.focus();
  }, [refusals]);
  return (form) => {
    refused.current = form instanceof Element ? form : null;
    setRefusals((count) => count + 1);
  };
}
