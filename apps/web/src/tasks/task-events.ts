/** Pages that change tasks tell the menu's count to look again. */
const EVENT = 'ap:tasks-changed';

export function tasksChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onTasksChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
