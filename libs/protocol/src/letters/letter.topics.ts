import { input, TopicDeclaration } from '@ap/workflow-engine';

export const RENDER_LETTER: TopicDeclaration = {
  topic: 'letters.render',
  title: 'Brief opstellen',
  description: 'Vult het briefsjabloon met de gegevens van het incident en legt het concept klaar voor de ondertekenaar.',
  subject: 'incident',
  inputs: [
    input.choice('code', 'Brief', 'letterCodes'),
    input.text('subject', 'Onderwerp'),
    input.choice('signer', 'Ondertekenaar', 'roles'),
    input.text('recipient', 'Aan (bij een interne mededeling)', { required: false, example: 'de politie' }),
  ],
  reads: [input.duration('measureDuration', 'Duur van de maatregel', { required: false, description: 'Voor een maatregel die geen toegangsverbod is (SrCH, HB2).', example: 'P12M' })],
  sets: [
    { name: 'letterId', description: 'Het concept' },
    { name: 'letterCode', description: 'De briefcode' },
  ],
};

export const FINALIZE_LETTER: TopicDeclaration = {
  topic: 'letters.finalize',
  title: 'Brief definitief maken',
  description: 'Maakt de goedgekeurde brief (letterId) definitief, met handtekening en datum, en bewaart hem ongewijzigd.',
  subject: 'incident',
  inputs: [],
  sets: [],
};
