import { useEffect, useState } from 'preact/hooks';
import { HelperOrigin } from '../../messages/settings.js';
import type { Connector } from '../../ui/connector.js';

interface Fields {
  helperOrigin: string;
  snoozeDays: string;
  browserNotifications: boolean;
}

type Errors = Partial<Record<'helperOrigin' | 'snoozeDays', string>>;

/** Where the ESR training portal runs, and how long "Not now" lasts. */
export function Options({ connector }: { connector: Connector }) {
  const [fields, setFields] = useState<Fields | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    void connector.send({ type: 'get-settings' }).then((result) => {
      if (result.ok) setFields({ helperOrigin: result.value.helperOrigin, snoozeDays: String(result.value.snoozeDays), browserNotifications: result.value.browserNotifications });
      else setStatus(result.error.message);
    });
  }, [connector]);

  if (fields === null) return <p role="status">{status || 'Loading…'}</p>;

  async function save(event: Event) {
    event.preventDefault();
    if (fields === null) return;
    const helperOrigin = fields.helperOrigin.trim().replace(/\/+$/, '');
    const snoozeDays = Number(fields.snoozeDays);
    const found: Errors = {};
    const origin = HelperOrigin.safeParse(helperOrigin);
    if (!origin.success) found.helperOrigin = 'Enter the portal address as http://127.0.0.1: and a port, for example http://127.0.0.1:4400';
    if (!Number.isInteger(snoozeDays) || snoozeDays < 1 || snoozeDays > 90) found.snoozeDays = 'Enter a whole number of days from 1 to 90';
    setErrors(found);
    setStatus('');
    if (Object.keys(found).length > 0) return;
    const result = await connector.send({ type: 'save-settings', settings: { helperOrigin, snoozeDays, browserNotifications: fields.browserNotifications } });
    setStatus(result.ok ? 'Settings saved.' : result.error.message);
  }

  // The permission must be asked for in the click itself, so it is asked here, not on save.
  async function toggleNotifications(wanted: boolean) {
    if (fields === null) return;
    const granted = wanted ? await connector.requestPermission('notifications') : false;
    setFields({ ...fields, browserNotifications: granted });
    if (wanted && !granted) setStatus('Your browser did not allow notifications, so they stay off.');
  }

  const field = (key: 'helperOrigin' | 'snoozeDays', label: string, hint: string, narrow = false) => (
    <div class={`form-group${errors[key] === undefined ? '' : ' form-group--error'}`}>
      <label for={key}>{label}</label>
      <span class="hint" id={`${key}-hint`}>{hint}</span>
      {errors[key] !== undefined && <span class="error-message" id={`${key}-error`}><span class="visually-hidden">Error: </span>{errors[key]}</span>}
      <input
        class={`input${narrow ? ' input--narrow' : ''}`}
        id={key}
        name={key}
        type="text"
        inputMode={narrow ? 'numeric' : 'url'}
        spellcheck={false}
        value={fields[key]}
        aria-invalid={errors[key] === undefined ? 'false' : 'true'}
        aria-describedby={`${key}-hint${errors[key] === undefined ? '' : ` ${key}-error`}`}
        onInput={(e) => { setFields({ ...fields, [key]: e.currentTarget.value }); }}
      />
    </div>
  );

  return (
    <main>
      <h1>ESR MFA settings</h1>
      <form onSubmit={(e) => { void save(e); }} noValidate>
        {Object.keys(errors).length > 0 && <p class="error-message" role="alert">There is a problem: check the fields below.</p>}
        {field('helperOrigin', 'ESR portal address', 'Where the ESR training portal runs on this computer. The extension works on this address only.')}
        {field('snoozeDays', 'Days to wait after "Not now"', 'How long before the extension offers extra security again.', true)}
        <div class="form-group checkbox-row">
          <input id="browserNotifications" type="checkbox" checked={fields.browserNotifications} onChange={(e) => { void toggleNotifications(e.currentTarget.checked); }} />
          <label for="browserNotifications">Also show security messages as browser notifications</label>
        </div>
        <button class="button" type="submit">Save settings</button>
        <p class="status" role="status">{status}</p>
      </form>
    </main>
  );
}
