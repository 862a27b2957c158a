import type { components } from '../../api/generated/openapi';
import type { Values } from '../../forms/form';

export type SignInSettings = components['schemas']['SignInSettingsResponse'];

// The form keeps each group mapping's parts under the names the API gives their errors
// (`provider.groupMappings.0.group`), so a refusal shows at the part it concerns.

export const MAPPINGS = 'provider.groupMappings';
export const ROWS = 'mappingRows';
const PARTS = { group: '', roles: [] as string[], bodyIds: [] as string[] };
type Part = keyof typeof PARTS;

export const partName = (index: number, part: Part) => `${MAPPINGS}.${index}.${part}`;
export const rowCount = (values: Values) => Number(values[ROWS] ?? 0);

export function valuesOf(settings: SignInSettings): Values {
  const provider = settings.provider;
  const mappings = provider?.groupMappings ?? [];
  return {
    passwordsAllowed: settings.passwordsAllowed,
    hasProvider: provider !== null,
    'provider.issuer': provider?.issuer ?? '',
    'provider.clientId': provider?.clientId ?? '',
    'provider.clientSecret': '',
    'provider.groupsClaim': provider?.groupsClaim ?? 'groups',
    [ROWS]: String(mappings.length),
    ...Object.fromEntries(
      mappings.flatMap((mapping, index) => [
        [partName(index, 'group'), mapping.group],
        [partName(index, 'roles'), [...mapping.roles]],
        [partName(index, 'bodyIds'), [...mapping.bodyIds]],
      ]),
    ),
  };
}

type Set = (name: string, value: Values[string]) => void;

export function addRow(values: Values, set: Set) {
  const index = rowCount(values);
  for (const [part, empty] of Object.entries(PARTS)) set(partName(index, part as Part), empty);
  set(ROWS, String(index + 1));
}

/** The rows after the removed one move up by one. */
export function removeRow(values: Values, set: Set, removed: number) {
  const count = rowCount(values);
  for (let index = removed; index < count - 1; index++) {
    for (const part of Object.keys(PARTS) as Part[])
      set(partName(index, part), values[partName(index + 1, part)]);
  }
  set(ROWS, String(count - 1));
}

const textOf = (values: Values, name: string) => String(values[name] ?? '').trim();
const listOf = (values: Values, name: string) => (values[name] as string[] | undefined) ?? [];

/** `PUT /api/municipality/sign-in`: a secret left empty keeps the stored one; a secretary's bodies only. */
export function payloadOf(values: Values) {
  const secret = textOf(values, 'provider.clientSecret');
  const groupsClaim = textOf(values, 'provider.groupsClaim');
  return {
    passwordsAllowed: values['passwordsAllowed'] === true,
    provider:
      values['hasProvider'] === true
        ? {
            issuer: textOf(values, 'provider.issuer'),
            clientId: textOf(values, 'provider.clientId'),
            ...(secret && { clientSecret: secret }),
            ...(groupsClaim && { groupsClaim }),
            groupMappings: Array.from({ length: rowCount(values) }, (_, index) => {
              const roles = listOf(values, partName(index, 'roles'));
              return {
                group: textOf(values, partName(index, 'group')),
                roles,
                bodyIds: roles.includes('committeeSecretary')
                  ? listOf(values, partName(index, 'bodyIds'))
                  : [],
              };
            }),
          }
        : null,
  };
}
