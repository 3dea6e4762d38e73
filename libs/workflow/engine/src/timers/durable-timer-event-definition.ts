import { DateTime, Duration } from 'luxon';
import { DurableTimers } from './durable-timers';

/**
 * The engine's timer event definition, replaced: the due moment is computed with the product's clock
 * (so tests can move time), `timeDate` may be a FEEL date-time and `timeDuration` an ISO duration,
 * and the timer waits until the runtime fires it (see DurableTimers) instead of arming a timeout.
 * Follows the engine's message protocol: execute.timer / activity.timer while waiting, then
 * activity.timeout and execute.completed; cancel, stop and discard as the engine sends them.
 */
export function DurableTimerEventDefinition(this: any, activity: any, eventDefinition: any) {
  this.type = eventDefinition.type || 'bpmn:TimerEventDefinition';
  this.activity = activity;
  this.environment = activity.environment;
  this.broker = activity.broker;
  const behaviour = eventDefinition.behaviour ?? {};
  this.timeDate = behaviour.timeDate;
  this.timeDuration = behaviour.timeDuration;
  this.timerContent = null;
}

DurableTimerEventDefinition.prototype.execute = function execute(this: any, executeMessage: any) {
  const content = executeMessage.content;
  const executionId: string = content.executionId;
  const timers = this.environment.timers as DurableTimers;
  const dueAt = 'expireAt' in content ? new Date(content.expireAt) : this.dueAt(executeMessage, timers.now());
  const timerContent = (this.timerContent = {
    ...content,
    parent: content.parent && { ...content.parent },
    expireAt: dueAt,
    timerType: this.timeDate ? 'timeDate' : 'timeDuration',
    state: 'timer',
  });

  this.broker.subscribeTmp('api', `activity.#.${executionId}`, (_: string, message: any) => this.onApi(message), {
    noAck: true,
    consumerTag: `_api-${executionId}`,
    priority: 400,
  });
  this.broker.publish('execution', 'execute.timer', { ...timerContent });
  this.broker.publish('event', 'activity.timer', { ...timerContent });
  timers.arm({ executionId, elementId: this.activity.id, name: this.activity.name ?? this.activity.id, dueAt }, () => this.complete({ state: 'timeout' }));
};

DurableTimerEventDefinition.prototype.dueAt = function dueAt(this: any, executeMessage: any, now: Date): Date {
  const expression = this.timeDate ?? this.timeDuration;
  if (!expression) throw new Error(`timer ${this.activity.id} has no timeDate or timeDuration`);
  const value = this.environment.resolveExpression(expression, executeMessage);
  if (value instanceof Date) return value;
  const text = String(value).trim();
  if (this.timeDuration || text.startsWith('P')) {
    const span = Duration.fromISO(text);
    if (!span.isValid) throw new Error(`timer ${this.activity.id}: "${text}" is not an ISO 8601 duration`);
    return DateTime.fromJSDate(now).plus(span).toJSDate();
  }
  const date = DateTime.fromISO(text);
  if (!date.isValid) throw new Error(`timer ${this.activity.id}: "${text}" is not an ISO 8601 date-time`);
  return date.toJSDate();
};

DurableTimerEventDefinition.prototype.complete = function complete(this: any, extra: Record<string, unknown>) {
  const content = { ...this.timerContent, ...extra, stoppedAt: (this.environment.timers as DurableTimers).now() };
  this.release();
  if (extra.state === 'timeout') this.broker.publish('event', 'activity.timeout', { ...content });
  this.broker.publish('execution', 'execute.completed', content);
};

DurableTimerEventDefinition.prototype.release = function release(this: any) {
  const executionId = this.timerContent?.executionId;
  if (!executionId) return;
  (this.environment.timers as DurableTimers).disarm(executionId);
  this.broker.cancel(`_api-${executionId}`);
};

DurableTimerEventDefinition.prototype.onApi = function onApi(this: any, message: any) {
  switch (message.properties.type) {
    case 'cancel':
      return this.complete({ state: 'cancel' });
    case 'stop':
      return this.release();
    case 'discard':
      this.release();
      return this.broker.publish('execution', 'execute.discard', { ...this.timerContent, state: 'discard' });
  }
};
