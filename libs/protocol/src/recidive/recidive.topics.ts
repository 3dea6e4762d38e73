import { input, TopicDeclaration } from '@ap/workflow-engine';

const window = input.duration('window', 'Termijn', { description: 'Hoe ver terug eerdere incidenten meetellen, als ISO 8601-duur (P6M is zes maanden).' });

export const RECIDIVE: TopicDeclaration = {
  topic: 'protocol.recidive',
  title: 'Recidive bepalen',
  description: 'Telt de eerdere incidenten van dezelfde soort van de burger binnen de termijn: zijn er, dan is dit een herhaling.',
  subject: 'incident',
  inputs: [input.text('kind', 'Soort gedrag', { description: 'Incidenten van dezelfde soort tellen als herhaling, bijvoorbeeld telefoon-B.', example: 'telefoon-B' }), window],
  sets: [
    { name: 'isRepeat', description: 'Of er binnen de termijn een eerder incident van deze soort was' },
    { name: 'earlierIncidents', description: 'Hoeveel' },
    { name: 'recidiveWindow', description: 'De termijn, die de brieven noemen' },
  ],
};

export const EARLIER_INCIDENTS: TopicDeclaration = {
  topic: 'protocol.earlier-incidents',
  title: 'Eerdere incidenten tellen',
  description: 'Telt de eerdere incidenten van de burger binnen de termijn, van elke soort.',
  subject: 'incident',
  inputs: [window],
  sets: [{ name: 'earlierIncidents', description: 'Hoeveel, van elke soort' }],
};
