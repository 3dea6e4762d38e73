/**
 * The channels of the protocol (ch. 5, plus incidents outside working hours). Each is run by the
 * process model whose process id is the channel key; a channel without a deployed model takes no reports.
 * `phrase` is how letters name the setting: "tijdens {phrase}".
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

/** Behaviour as the reporter classifies it (ch. 1 and 5); the models branch on these keys. */
export const BEHAVIOURS = {
  insult: 'schelden en beledigen',
  discrimination: 'discriminatie',
  threat: 'bedreiging',
  'house-rules': 'zich niet houden aan de huisregels',
  aggression: 'agressief gedrag',
  'psychological-pressure': 'het uitoefenen van grote psychische druk',
  'property-damage': 'geweld tegen zaken',
  violence: 'geweld tegen personen',
} as const;

export type Behaviour = keyof typeof BEHAVIOURS;
export const BEHAVIOUR_KEYS = Object.keys(BEHAVIOURS) as Behaviour[];

export const CATEGORIES = ['I', 'II', 'III'] as const;
export type Category = (typeof CATEGORIES)[number];
