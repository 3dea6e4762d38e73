import { input, TopicDeclaration } from '@ap/workflow-engine';

export const CLOSE_OPEN_TASKS: TopicDeclaration = {
  topic: 'tasks.close-open',
  title: 'Open taken sluiten',
  description: 'Sluit de taken die in dit proces nog openstaan met het bericht; wie zo een taak had, krijgt het bericht.',
  subject: 'any',
  inputs: [input.text('message', 'Bericht', { example: '= employeeName + " heeft zich alsnog gemeld om " + checkedInTime + "."' })],
  sets: [],
};
