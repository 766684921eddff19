import { Alert } from '@mantine/core';
import type { FieldProblem } from '../api/errors';
import { useI18n } from '../i18n';
import type { EnumName } from './forms';

/** The enums whose codes a refused step names as the state it is in (`status` or `stage`). */
const STATE_ENUMS = [
  'CaseStatus',
  'ConferenceStatus',
  'PlanItemStatus',
  'ReferralStatus',
  'ProceedingStage',
  'ReturnStatus',
  'ResidenceStatus',
  'CompensationStatus',
] as const;

/**
 * Words for a refusal, in the chosen language, by its stable code. `stateOf` names the enum the
 * form's record is in, where one code means different things in two enums (CLOSED, say).
 */
export function useProblemText(stateOf?: EnumName) {
  const { t, label } = useI18n();
  return (problem: FieldProblem): string => {
    switch (problem.code) {
      case 'INVALID_TRANSITION': {
        // The state of whatever refused the step: a case, a conference, a stay, a proceeding…
        const state = String(problem.extensions.status ?? problem.extensions.stage ?? '');
        if (problem.extensions.representationId) {
          // Another lawyer already represents the victim in that scope.
          return t('lawyer.alreadyActive');
        }
        if (!state) {
          return t('states.notNow');
        }
        const phase = /^PHASE_(\d)$/.exec(state);
        return t('errors.invalidTransition', {
          status: phase
            ? t('case.phase', { phase: phase[1] })
            : ([stateOf, ...STATE_ENUMS] as (EnumName | undefined)[])
                .filter(Boolean)
                .map((name) => t(`enum.${name}.${state}`, { defaultValue: '' }))
                .concat(t(`states.${state}`, { defaultValue: '' }))
                .find(Boolean) || state,
        });
      }
      case 'REFERRAL_CONSENT_MISSING':
        return t('errors.referralConsentMissing', {
          categories: ((problem.extensions.missingCategories ?? []) as string[])
            .map((category) => label('DataCategory', category))
            .join(', '),
        });
      case 'CONSENT_REQUIRED':
        return t('consent.notShared', {
          category: label('DataCategory', String(problem.extensions.category ?? '')),
        });
      case 'ALREADY_EXISTS':
        return t('states.alreadyExists');
      case 'ALREADY_REVOKED':
        return t('refusal.alreadyRevoked');
      case 'ALREADY_REVIEWED':
        return t('refusal.alreadyReviewed');
      case 'RATE_LIMITED':
        return t('refusal.rateLimited');
      case 'SERVICE_UNAVAILABLE':
        return t('errors.network');
      case 'FORBIDDEN':
        return t('errors.forbidden');
      case 'NOT_FOUND':
        return t('errors.notFound');
      case 'BAD_USER_INPUT':
        return t('errors.badInput', { detail: problem.message });
      case 'NETWORK':
        return t('errors.network');
      default:
        return t('errors.other', { code: problem.code });
    }
  };
}

/** The problems not tied to one field, above the form's buttons. */
export function FormProblems(props: { problems: FieldProblem[]; fields: string[] }) {
  const text = useProblemText();
  const general = props.problems.filter((p) => !p.field || !props.fields.includes(p.field));
  if (!general.length) {
    return null;
  }
  return (
    <Alert color="red.9" role="alert" styles={{ message: { color: 'var(--mantine-color-white)' } }}>
      {general.map((problem, i) => (
        <div key={i}>{text(problem)}</div>
      ))}
    </Alert>
  );
}

/** The message for one field, for its `error` prop. */
export function fieldError(
  problems: FieldProblem[],
  field: string,
  text: (problem: FieldProblem) => string,
): string | undefined {
  const found = problems.find((p) => p.field === field);
  return found ? text(found) : undefined;
}
