import { useEffect, useState } from 'preact/hooks';
import QRCode from 'qrcode';
import type { EnrolmentStartResponse } from '../../../shared/api.js';
import type { SecureFrameContent } from '../../messages/frame.js';
import { groupSecretForReading } from '../../../shared/totp.js';
import type { Connector } from '../../ui/connector.js';
import { errorText } from '../../ui/error-text.js';
import { t } from '../../ui/i18n.js';

type State = { kind: 'loading' } | { kind: 'ready'; content: SecureFrameContent; qr: string | null } | { kind: 'failed'; message: string };

/**
 * The only place secrets are ever shown: an extension page, in a frame the portal page cannot
 * read. The ticket in its address is single use, so reloading the frame shows nothing.
 */
export function SecureFrame({ connector, ticket }: { connector: Connector; ticket: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    void (async () => {
      const result = await connector.send({ type: 'secure-frame-content', ticket });
      if (!result.ok) {
        setState({ kind: 'failed', message: errorText(result.error) });
        return;
      }
      const content = result.value;
      const qr = content.kind === 'enrolment' ? await QRCode.toDataURL(content.enrolment.otpauthUri, { errorCorrectionLevel: 'M', margin: 4, width: 232 }) : null;
      setState({ kind: 'ready', content, qr });
    })();
  }, [connector, ticket]);

  if (state.kind === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.kind === 'failed') return <p class="error-message" role="alert">{state.message}</p>;
  if (state.content.kind === 'recovery-codes') return <RecoveryCodesView codes={state.content.recoveryCodes} username={state.content.username} />;
  return <EnrolmentView enrolment={state.content.enrolment} qr={state.qr ?? ''} />;
}

function EnrolmentView({ enrolment, qr }: { enrolment: EnrolmentStartResponse; qr: string }) {
  const [copied, copy] = useCopy();
  return (
    <main class="secure-frame">
      <img class="qr" src={qr} width={232} height={232} alt={t('qrCodeAlt', enrolment.issuer, enrolment.accountName)} />
      <details>
        <summary>{t('cannotScan')}</summary>
        <p>{t('manualEntrySelect')} <strong>+</strong> {t('manualEntryAddAccountThen')} <strong>{t('manualEntryOtherAccount')}</strong>{t('manualEntryThen')} <strong>{t('manualEntryEnterManually')}</strong>{t('manualEntryEnter')}</p>
        <dl>
          <dt>{t('accountName')}</dt>
          <dd>{t('accountNameValue', enrolment.issuer, enrolment.accountName)}</dd>
          <dt>{t('secretKey')}</dt>
          <dd><code class="key">{groupSecretForReading(enrolment.secret)}</code></dd>
        </dl>
        <button class="button button--secondary" type="button" onClick={() => { copy(enrolment.secret, t('keyCopied')); }}>{t('copyKey')}</button>
        <p class="status" role="status">{copied}</p>
      </details>
    </main>
  );
}

/** Shown once: copy, download and print happen only when the person asks. */
function RecoveryCodesView({ codes, username }: { codes: string[]; username: string }) {
  const [copied, copy] = useCopy();
  const text = `${t('recoveryCodesFileHeading', username)}\n${t('eachCodeWorksOnce')}\n\n${codes.join('\n')}\n`;
  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    link.download = `esr-recovery-codes-${username}.txt`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <main class="recovery-codes">
      <ol class="codes" aria-label={t('yourRecoveryCodes')}>
        {codes.map((code) => <li key={code}><code>{code}</code></li>)}
      </ol>
      <div class="actions">
        <button class="button button--secondary" type="button" onClick={() => { copy(codes.join('\n'), t('codesCopied')); }}>{t('copyCodes')}</button>
        <button class="button button--secondary" type="button" onClick={download}>{t('downloadCodes')}</button>
        <button class="button button--secondary" type="button" onClick={() => { window.print(); }}>{t('printCodes')}</button>
      </div>
      <p class="status" role="status">{copied}</p>
    </main>
  );
}

function useCopy(): [string, (text: string, done: string) => void] {
  const [status, setStatus] = useState('');
  return [
    status,
    (text, done) => {
      navigator.clipboard.writeText(text).then(
        () => { setStatus(done); },
        () => { setStatus(t('copyFailed')); },
      );
    },
  ];
}
