import { Text } from '@mantine/core';
import type { CombinedError } from 'urql';
import { refusedCategory } from '../api/errors';
import { isCaseStaff, useSession } from '../auth/session';
import { useI18n } from '../i18n';

/**
 * The words for a refused category. Centre case staff see every category of an open case, so a
 * refusal to them means the case is sealed (closed): break-glass opens it, not consent.
 */
function useNotShared() {
  const { t, label } = useI18n();
  const staff = isCaseStaff(useSession());
  return (category: string) =>
    staff
      ? t('role.sealed')
      : t('consent.notShared', { category: label('DataCategory', category) });
}

/**
 * One field of a record: its value, "not shared — needs X consent" when the API refused it, or
 * "not recorded" when it is empty. Never a blank.
 */
export function Value(props: {
  label: string;
  value: React.ReactNode;
  error?: CombinedError;
  path: (string | number)[];
}) {
  const { t } = useI18n();
  const notShared = useNotShared();
  const refused = refusedCategory(props.error, props.path);
  const empty = props.value === null || props.value === undefined || props.value === '';
  return (
    <div className="field" role="group" aria-label={props.label}>
      <span className="field-label">{props.label}</span>
      <span>
        {refused ? (
          <Text component="span" fs="italic">
            {notShared(refused)}
          </Text>
        ) : empty ? (
          <Text component="span" fs="italic">
            {t('common.notRecorded')}
          </Text>
        ) : (
          props.value
        )}
      </span>
    </div>
  );
}

/** A section's whole object was refused: the same words as a field. */
export function NotShared(props: { error?: CombinedError; path: (string | number)[] }) {
  const notShared = useNotShared();
  const refused = refusedCategory(props.error, props.path);
  if (!refused) {
    return null;
  }
  return <Text fs="italic">{notShared(refused)}</Text>;
}
