// bpmn-moddle ships no type declarations; the engine reads its output as plain objects.
declare module 'bpmn-moddle';
