import { LINK_KINDS, type LinkKind } from '@aloite/domain';
import { EnumField, UuidField } from '../validation/fields';

/** Domain § 8.7: a link from this initiative to another of the municipality's. */
export class LinkDto {
  @EnumField(LINK_KINDS, {
    description: 'duplicateOf: this initiative is a duplicate of the other',
    example: 'related',
  })
  kind!: LinkKind;
  @UuidField({ description: 'The other initiative' }) initiativeId!: string;
}
