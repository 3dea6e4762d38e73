import { input, TopicDeclaration } from '@ap/workflow-engine';

export const PROPOSE_BAN: TopicDeclaration = {
  topic: 'bans.propose',
  title: 'Toegangsverbod voorstellen',
  description: 'Legt een toegangsverbod vast dat wacht op de handtekening van het college.',
  subject: 'incident',
  inputs: [
    input.duration('duration', 'Duur'),
    input.text('scope', 'Voor welke gebouwen', { example: 'alle gemeentelijke gebouwen' }),
    input.text('instruction', 'Wat de receptie doet als de bezoeker toch komt', { example: 'Laat de bezoeker niet binnen en bel meteen de politie.' }),
  ],
  sets: [{ name: 'banId', description: 'Het voorgestelde verbod' }],
};

export const IMPOSE_BAN: TopicDeclaration = {
  topic: 'bans.impose',
  title: 'Toegangsverbod opleggen',
  description: 'Laat het verbod ingaan op de dag dat het besluit (letterId) is ondertekend.',
  subject: 'incident',
  inputs: [input.text('letterId', 'Het ondertekende besluit', { example: '= decision_letter.letterId' })],
  sets: [
    { name: 'banStartsOn', description: 'Eerste dag' },
    { name: 'banEndsOn', description: 'Laatste dag' },
    { name: 'banPeriod', description: 'De periode in woorden' },
    { name: 'banExpiresAt', description: 'Wanneer het verbod vanzelf afloopt' },
  ],
};

export const END_BAN: TopicDeclaration = {
  topic: 'bans.end',
  title: 'Toegangsverbod beëindigen',
  description: 'De laatste dag van het verbod (banId) is voorbij: het register zet het op afgelopen.',
  subject: 'incident',
  inputs: [],
  sets: [],
};
