import { useState } from 'preact/hooks';
import type { Notice } from '../../../../shared/api.js';
import { Confirmation } from '../../../ui/confirmation.js';
import type { Connector } from '../../../ui/connector.js';
import { mountFeature } from '../../mount.js';
import { t } from '../../../ui/i18n.js';
import { dateTimeText } from '../../../ui/words.js';


function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: () => void }) {
  const [open, setOpen] = useState(true);
  if (!open) return <Confirmation>{t('noticesDismissed')}</Confirmation>;
  return (
    <section class="panel panel--warning" aria-labelledby="esr-mfa-notices-title" role="region">
      <h2 id="esr-mfa-notices-title">{notices.length === 1 ? t('noticesTitleOne') : t('noticesTitleMany', String(notices.length))}</h2>
      <ul class="notices">
        {notices.map((notice) => (
          <li key={notice.id}>
            <strong>{notice.subject}</strong> <span class="hint">({dateTimeText(notice.at)})</span>
            <p>{notice.body}</p>
          </li>
        ))}
      </ul>
      <p>{t('noticesNotYou')}</p>
      <div class="actions">
        <button class="button button--secondary" type="button" onClick={() => { setOpen(false); onDismiss(); }}>{t('noticesRead')}</button>
        <a href="/account/activity">{t('seeAccountActivity')}</a>
      </div>
    </section>
  );
}

/**
 * On the portal home: what ESR has told the user since they last looked (a sign-in from a new
 * device or place, a recovery code used, a lockout...). The same messages are in their demo mailbox and
 * on the account activity page.
 */
export function initNotices(signal: AbortSignal, connector: Connector, page: { notices: Notice[] }): void {
  if (page.notices.length === 0) return;
  // Below the invitation or guide (which follow the heading), above the page's own details.
  const details = document.getElementById('esr-account-summary');
  if (details === null) return;
  mountFeature(signal, (host) => { details.before(host); }, <Notices notices={page.notices} onDismiss={() => { void connector.send({ type: 'mark-notices-seen' }); }} />);
}
