import { useState } from 'preact/hooks';
import type { PageContext } from '../../../messages/content.js';
import { GUIDE_STEPS, REENROLMENT_STEPS, type GuideStep } from '../../../messages/guide-steps.js';
import type { Connector } from '../../../ui/connector.js';
import { Guide } from './guide.js';
import { IneligibleNotice, Invitation, Snoozed } from './invitation.js';

type View =
  | { kind: 'invitation'; risky: boolean }
  | { kind: 'ineligible' }
  | { kind: 'guide'; steps: readonly GuideStep[]; startAt: GuideStep; acknowledged: boolean; focus: boolean } | { kind: 'snoozed'; days: number } | { kind: 'closed' };

export interface EnrolmentPanelProps {
  connector: Connector;
  context: PageContext;
  now: number;
  onFinish: () => void;
}

/** What the portal home shows someone without extra security: nothing, an invitation, a guide or a reason. */
export function initialView(context: PageContext, now: number): View {
  const { status, progress, snoozedUntil } = context;
  if (status.state !== 'signed-in') return { kind: 'closed' };
  if (status.mfa.enabled && status.mfa.reenrolmentRequired) {
    // A lost phone: straight into setting up the new one, at the step they reached if they left.
    const resumeAt = REENROLMENT_STEPS.find((step) => step === progress?.step) ?? 'get-app';
    return { kind: 'guide', steps: REENROLMENT_STEPS, startAt: resumeAt, acknowledged: true, focus: false };
  }
  if (status.mfa.enabled) {
    // Left before confirming the recovery codes were saved: come back to that step.
    return progress?.step === 'recovery-codes' ? { kind: 'guide', steps: GUIDE_STEPS, startAt: 'recovery-codes', acknowledged: true, focus: false } : { kind: 'closed' };
  }
  if (!status.mfa.enrolment.eligible) {
    if (status.mfa.enrolment.reason === 'already-enrolled') return { kind: 'closed' };
    return snoozedUntil !== null && snoozedUntil > now ? { kind: 'closed' } : { kind: 'ineligible' };
  }
  // Someone who started the set-up comes back to the step they left, snoozed or not.
  if (progress !== null) return { kind: 'guide', steps: GUIDE_STEPS, startAt: progress.step, acknowledged: progress.acknowledgedIrreversible, focus: false };
  // A sign-in that looked unusual is the moment to offer extra security, snoozed or not.
  if (status.signIn.risk.length > 0) return { kind: 'invitation', risky: true };
  return snoozedUntil !== null && snoozedUntil > now ? { kind: 'closed' } : { kind: 'invitation', risky: false };
}

export function EnrolmentPanel({ connector, context, now, onFinish }: EnrolmentPanelProps) {
  const [view, setView] = useState<View>(() => initialView(context, now));
  const snooze = async () => {
    const result = await connector.send({ type: 'snooze-invitation' });
    setView(result.ok ? { kind: 'snoozed', days: context.snoozeDays } : { kind: 'closed' });
  };

  switch (view.kind) {
    case 'invitation':
      return (
        <Invitation
          risky={view.risky}
          onSetUp={() => {
            setView({ kind: 'guide', steps: GUIDE_STEPS, startAt: 'why', acknowledged: false, focus: true });
            void connector.send({ type: 'save-progress', step: 'why', acknowledgedIrreversible: false });
          }}
          onNotNow={() => { void snooze(); }}
        />
      );
    case 'ineligible':
      if (context.status.state !== 'signed-in' || context.status.mfa.enrolment.eligible || context.status.mfa.enrolment.reason === 'already-enrolled') return null;
      return <IneligibleNotice reason={context.status.mfa.enrolment.reason} onClose={() => { void snooze(); }} />;
    case 'guide':
      return <Guide steps={view.steps} connector={connector} startAt={view.startAt} acknowledged={view.acknowledged} focusOnOpen={view.focus} onFinish={onFinish} />;
    case 'snoozed':
      return <Snoozed days={view.days} />;
    case 'closed':
      return null;
  }
}
