import { input, TopicDeclaration } from '@ap/workflow-engine';

const CLOCK_TIME = { kind: 'pattern', pattern: '([01]\\d|2[0-3]):[0-5]\\d', example: '08:30' } as const;

export const OFFICE_HOURS: TopicDeclaration = {
  topic: 'home-visits.office-hours',
  title: 'Binnen kantoortijd?',
  description: 'Of het geplande bezoek op een van de dagen valt en binnen de uren blijft (5.6).',
  subject: 'home-visit',
  inputs: [
    { name: 'days', label: 'Dagen (1 = maandag)', kind: 'pattern', pattern: '[1-7](,[1-7])*', example: '1,2,3,4,5', required: true },
    { name: 'from', label: 'Vanaf', required: true, ...CLOCK_TIME },
    { name: 'until', label: 'Tot', required: true, ...CLOCK_TIME, example: '17:00' },
  ],
  sets: [{ name: 'withinOfficeHours', description: 'Of het bezoek binnen kantoortijd valt' }],
};

export const EXPECT_RETURN: TopicDeclaration = {
  topic: 'home-visits.expect-return',
  title: 'Terugmeldtijd vastleggen',
  description: 'Het verwachte einde uit de uitmelding plus de marge: daarna gaat de collega zoeken.',
  subject: 'home-visit',
  inputs: [input.duration('grace', 'Marge', { example: 'PT30M' })],
  sets: [{ name: 'checkInDeadline', description: 'Wanneer de medewerker terug moet zijn gemeld' }],
};

export const CHECKED_IN: TopicDeclaration = {
  topic: 'home-visits.checked-in',
  title: 'Terugmelding vastleggen',
  description: 'Wanneer de medewerker zich terugmeldde, ook als de collega al zocht.',
  subject: 'home-visit',
  inputs: [],
  sets: [
    { name: 'checkedInAt', description: 'Het moment van terugmelden' },
    { name: 'checkedInTime', description: 'De tijd van terugmelden, bv. 11:31' },
  ],
};
