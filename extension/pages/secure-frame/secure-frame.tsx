import { useEffect, useState } from 'preact/hooks';
import QRCode from 'qrcode';
import type { EnrolmentStartResponse } from '../../../shared/api.js';
import { groupSecretForReading } from '../../../shared/totp.js';
import type { Connector } from '../../ui/connector.js';

type State = { kind: 'loading' } | { kind: 'ready'; enrolment: EnrolmentStartResponse; qr: string } | { kind: 'failed'; message: string };

/**
 * The only place the secret is ever shown: an extension page, in a frame the portal page cannot
 * read. The ticket in its address is single use, so reloading the frame shows nothing.
 */
export function SecureFrame({ connector, ticket }: { connector: Connector; ticket: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [copied, setCopied] = useState<string>('');

  useEffect(() => {
    void (async () => {
      const result = await connector.send({ type: 'secure-frame-secret', ticket });
      if (!result.ok) {
        setState({ kind: 'failed', message: result.error.message });
        return;
      }
      const qr = await QRCode.toDataURL(result.value.otpauthUri, { errorCorrectionLevel: 'M', margin: 4, width: 232 });
      setState({ kind: 'ready', enrolment: result.value, qr });
    })();
  }, [connector, ticket]);

  if (state.kind === 'loading') return <p role="status">Loading the QR code…</p>;
  if (state.kind === 'failed') return <p class="error-message" role="alert">{state.message}</p>;

  const { enrolment, qr } = state;
  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(enrolment.secret);
      setCopied('Key copied.');
    } catch {
      setCopied('The key could not be copied. Select it and copy it instead.');
    }
  };
  return (
    <main class="secure-frame">
      <img class="qr" src={qr} width={232} height={232} alt={`QR code to add ${enrolment.issuer} (${enrolment.accountName}) to Microsoft Authenticator`} />
      <details>
        <summary>Cannot scan the QR code?</summary>
        <p>In Microsoft Authenticator, select <strong>+</strong> (Add account), then <strong>Other account</strong>, then <strong>Or enter code manually</strong>. Enter:</p>
        <dl>
          <dt>Account name</dt>
          <dd>{enrolment.issuer} ({enrolment.accountName})</dd>
          <dt>Secret key</dt>
          <dd><code class="key">{groupSecretForReading(enrolment.secret)}</code></dd>
        </dl>
        <button class="button button--secondary" type="button" onClick={() => { void copyKey(); }}>Copy key</button>
        <p class="status" role="status">{copied}</p>
      </details>
    </main>
  );
}
