import { StartVariable } from '@ap/workflow-engine';

/**
 * The channels of the protocol (ch. 5, plus incidents outside working hours): where an incident
 * happened. Which protocol it starts is the models' start rules' choice (see report-routes.ts): violence
 * at the counter runs the protocol of 5.5, not that of the counter. `phrase` is how letters name the
 * setting: "tijdens {phrase}".
 */
export const CHANNELS = {
  phone: { label: 'telefonische agressie', phrase: 'telefonisch contact' },
  written: { label: 'schriftelijke agressie', phrase: 'schriftelijk contact' },
  counter: { label: 'agressie aan de balie of in de spreekkamer', phrase: 'een bezoek aan de balie of spreekkamer' },
  'property-damage': { label: 'geweld tegen zaken', phrase: 'een bezoek aan het gemeentehuis' },
  violence: { label: 'geweld tegen mensen', phrase: 'een bezoek aan het gemeentehuis' },
  'home-visit': { label: 'agressie bij een huisbezoek', phrase: 'een huis- of bedrijfsbezoek' },
  'public-road': { label: 'agressie op de openbare weg', phrase: 'werkzaamheden op de openbare weg' },
  'outside-hours': { label: 'agressie buiten werktijd', phrase: 'een contact buiten werktijd' },
} as const;

export type Channel = keyof typeof CHANNELS;
export const CHANNEL_KEYS = Object.keys(CHANNELS) as Channel[];

/** Behaviour as the reporter classifies it (ch. 1 and 5), in the order the forms offer it; start rules and the models' choices name these keys. */
export const BEHAVIOURS = {
  insult: 'schelden en beledigen',
  discrimination: 'discriminatie',
  'house-rules': 'zich niet houden aan de huisregels',
  aggression: 'agressief gedrag',
  'psychological-pressure': 'het uitoefenen van grote psychische druk',
  threat: 'bedreiging',
  'property-damage': 'geweld tegen zaken',
  violence: 'geweld tegen personen',
} as const;

export type Behaviour = keyof typeof BEHAVIOURS;
export const BEHAVIOUR_KEYS = Object.keys(BEHAVIOURS) as Behaviour[];

export const CATEGORIES = ['I', 'II', 'III'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The categories' Dutch names (ch. 1). */
export const CATEGORY_LABELS: Record<Category, string> = {
  I: 'I. (Non-)verbale agressie',
  II: 'II. Persoonsgerichte bedreiging',
  III: 'III. Fysieke agressie',
};

/** What a report carries that decides its protocol: the variables the models' start rules name. */
export const REPORT_START_VARIABLES: StartVariable[] = [
  { name: 'channel', label: 'kanaal', choices: CHANNEL_KEYS.map((key) => ({ value: key, label: CHANNELS[key].label })) },
  { name: 'behaviour', label: 'gedrag', choices: BEHAVIOUR_KEYS.map((key) => ({ value: key, label: BEHAVIOURS[key] })) },
  { name: 'category', label: 'categorie', choices: CATEGORIES.map((key) => ({ value: key, label: CATEGORY_LABELS[key] })) },
];
