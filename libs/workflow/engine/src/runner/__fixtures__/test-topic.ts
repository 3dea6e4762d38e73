import { TopicDeclaration } from '../../declarations/declarations';

/** A topic as the engine's tests need it: a name and the variables it sets. */
export const testTopic = (topic: string, ...sets: string[]): TopicDeclaration => ({ topic, title: topic, description: '', subject: 'test', inputs: [], sets: sets.map((name) => ({ name, description: '' })) });
