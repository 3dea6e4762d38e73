import { appEvent } from '../common/app-event';

/** Given by pages that change tasks, so the menu's count looks again. */
export const tasksChanged = appEvent('tasks-changed');
