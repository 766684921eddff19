import { Checkbox, Fieldset, NativeSelect, SimpleGrid } from '@mantine/core';
import { useI18n } from '../i18n';
import { enumsSrCyrl } from '../i18n/catalogue/enums.sr-Cyrl';

export type EnumName = keyof typeof enumsSrCyrl;

export const enumValues = (name: EnumName): string[] => Object.keys(enumsSrCyrl[name]);

/** A choice of one value of an API enum, labelled in the chosen language. */
export function EnumSelect(props: {
  name: EnumName;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  empty?: string;
  /** Only these values, when not every one may be chosen. */
  only?: string[];
}) {
  const { label } = useI18n();
  return (
    <NativeSelect
      label={props.label}
      value={props.value}
      error={props.error}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      data={[
        ...(props.empty !== undefined ? [{ value: '', label: props.empty }] : []),
        ...(props.only ?? enumValues(props.name)).map((value) => ({
          value,
          label: label(props.name, value),
        })),
      ]}
    />
  );
}

/** Any number of values of an API enum, as a group of checkboxes. */
export function EnumChecks(props: {
  name: EnumName;
  legend: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  only?: string[];
}) {
  const { label } = useI18n();
  return (
    <Fieldset legend={props.legend} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {(props.only ?? enumValues(props.name)).map((value) => (
          <Checkbox
            key={value}
            label={label(props.name, value)}
            checked={props.value.includes(value)}
            onChange={(e) =>
              props.onChange(
                e.currentTarget.checked
                  ? [...props.value, value]
                  : props.value.filter((v) => v !== value),
              )
            }
          />
        ))}
      </SimpleGrid>
      {props.error && (
        <p role="alert" style={{ color: '#c92a2a', margin: 0 }}>
          {props.error}
        </p>
      )}
    </Fieldset>
  );
}

export const today = (): string => new Date().toISOString().slice(0, 10);
