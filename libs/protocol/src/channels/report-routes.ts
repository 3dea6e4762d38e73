import { ParsedDefinition, matchesStartRule } from '@ap/workflow-engine';
import { Behaviour, BEHAVIOUR_KEYS, BEHAVIOURS, CATEGORIES, Category, CHANNEL_KEYS, CHANNELS, Channel } from './channels';

/** One cell of the routing table: a report of this channel, behaviour and category starts this model. */
export interface ReportRoute {
  channel: Channel;
  behaviour: Behaviour;
  category: Category;
  processKey: string;
  processName: string;
}

/**
 * The routing table of a set of models (a team's newest): every channel × behaviour × category that one
 * model's start rules take, in the order of the vocabulary. The model checks refuse rules that overlap,
 * so a cell has at most one model; a cell without one is refused (see routeProblems).
 */
export function reportRoutes(models: ParsedDefinition[]): ReportRoute[] {
  return CHANNEL_KEYS.flatMap((channel) => BEHAVIOUR_KEYS.flatMap((behaviour) => CATEGORIES.flatMap((category) => routeOf(models, channel, behaviour, category) ?? [])));
}

/** The cell of the routing table for one report: the model whose start rules take it, or null. */
export function routeOf(models: ParsedDefinition[], channel: Channel, behaviour: Behaviour, category: Category): ReportRoute | null {
  const model = models.find((m) => m.startRules.some((rule) => matchesStartRule(rule, { channel, behaviour, category })));
  return model ? { channel, behaviour, category, processKey: model.key, processName: model.name } : null;
}

/** Why a report of this channel, behaviour and category has no protocol, by field, in Dutch: which channel or category to choose. */
export function routeProblems(routes: ReportRoute[], channel: Channel, behaviour: Behaviour, category: Category): { field: string; problems: string[] }[] {
  const onChannel = routes.filter((r) => r.channel === channel);
  const channelLabel = CHANNELS[channel].label;
  if (!onChannel.length) return [{ field: 'channel', problems: [`Voor ${channelLabel} is geen protocol in gebruik.`] }];
  const withBehaviour = onChannel.filter((r) => r.behaviour === behaviour);
  if (!withBehaviour.length) {
    const elsewhere = unique(routes.filter((r) => r.behaviour === behaviour).map((r) => CHANNELS[r.channel].label));
    const here = unique(onChannel.map((r) => BEHAVIOURS[r.behaviour]));
    const where = elsewhere.length ? ` ${capitalised(BEHAVIOURS[behaviour])} meldt u bij het kanaal ${orList(elsewhere)}.` : '';
    return [{ field: 'behaviour', problems: [`Bij ${channelLabel} hoort ${BEHAVIOURS[behaviour]} niet.${where} Bij ${channelLabel} kiest u uit: ${here.join(', ')}.`] }];
  }
  if (!withBehaviour.some((r) => r.category === category)) {
    const categories = withBehaviour.map((r) => r.category);
    return [{ field: 'category', problems: [`Bij ${BEHAVIOURS[behaviour]} (${channelLabel}) hoort categorie ${orList(categories)}.`] }];
  }
  return [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function orList(values: string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} of ${values[values.length - 1]}` : values[0];
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
