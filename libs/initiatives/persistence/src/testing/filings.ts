import { TEMPLATES, diaryNumberPattern, start, toStored, type RulePackId } from '@aloite/domain';
import type { NewInitiative } from '../lib/initiative-filing';

/**
 * A councillor's initiative with one signer, handed in and recorded by the council on `submittedOn`, in a
 * municipality whose rules are the template `pack` as shipped.
 */
export function councillorsInitiative(options: {
  councilId: string;
  submittedOn: string;
  pack?: RulePackId;
  diaryNumber?: string | null;
}): NewInitiative {
  const { councilId, submittedOn, pack = 'kajaani', diaryNumber = null } = options;
  return {
    filing: {
      diaryNumber,
      title: 'Valtuustoaloite',
      text: 'Teksti.',
      kind: 'councillor',
      submittedOn,
      signatories: [{ name: 'Aila Esimerkki', party: null, firstSigner: true }],
      signatoryCount: 1,
      hasFinancialEffect: false,
      filedAt: { bodyId: councilId, date: submittedOn, section: 1 },
    },
    initial: toStored(
      start(
        {
          rulePack: pack,
          kind: 'councillor',
          signatoryCount: 1,
          hasFinancialEffect: false,
          submittedOn,
        },
        TEMPLATES[pack],
      ),
    ),
    pack: TEMPLATES[pack],
    diaryNumberPattern: (drawnYear) => diaryNumberPattern(TEMPLATES[pack], drawnYear, 'X'),
  };
}
