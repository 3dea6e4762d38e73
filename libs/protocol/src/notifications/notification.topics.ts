import { input, TopicDeclaration } from '@ap/workflow-engine';

export const SEND_NOTIFICATION: TopicDeclaration = {
  topic: 'notifications.send',
  title: 'Bericht sturen',
  description: 'Een bericht in de app aan iedereen met een van de rollen, en een e-mail als SMTP is ingesteld.',
  subject: 'incident',
  inputs: [
    { name: 'roles', label: 'Aan de rollen', kind: 'choices', choicesFrom: 'roles', required: true },
    input.text('subject', 'Onderwerp'),
    input.text('message', 'Bericht'),
  ],
  sets: [],
};
