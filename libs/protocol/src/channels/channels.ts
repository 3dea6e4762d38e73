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

/**
 * What a reporter may choose on each channel: the variants its protocol distinguishes (ch. 5; A–D on the
 * public road, A and B on the phone, in writing and at the counter), each with the behaviours that lead
 * there and the categories (ch. 1) that fit them. The models branch on the behaviour (public road:
 * `insult` A, `discrimination`/`threat` B, `property-damage` C, `violence` D), so the variant is not
 * sent: it follows from the behaviour. The service refuses any other combination; the web app offers
 * only these.
 */
export interface ChannelVariant {
  /** The protocol's letter for the variant, or null when the channel has one. */
  variant: 'A' | 'B' | 'C' | 'D' | null;
  label: string;
  behaviours: readonly Behaviour[];
  categories: readonly Category[];
}

const ANY_CATEGORY = CATEGORIES;
const PHYSICAL = ['III'] as const satisfies readonly Category[];

export const CHANNEL_VARIANTS: Record<Channel, readonly ChannelVariant[]> = {
  phone: [
    { variant: 'A', label: 'A. Schelden of beledigen', behaviours: ['insult'], categories: ANY_CATEGORY },
    { variant: 'B', label: 'B. Discriminatie of bedreiging', behaviours: ['discrimination', 'threat'], categories: ANY_CATEGORY },
  ],
  written: [
    { variant: 'A', label: 'A. Schelden of beledigen', behaviours: ['insult'], categories: ANY_CATEGORY },
    { variant: 'B', label: 'B. Bedreiging', behaviours: ['threat'], categories: ANY_CATEGORY },
  ],
  counter: [
    { variant: 'A', label: 'A. Zich niet houden aan de huisregels', behaviours: ['house-rules'], categories: ANY_CATEGORY },
    { variant: 'B', label: 'B. Agressief gedrag, grote psychische druk of bedreiging', behaviours: ['aggression', 'psychological-pressure', 'threat'], categories: ANY_CATEGORY },
  ],
  'property-damage': [{ variant: null, label: 'Geweld tegen zaken', behaviours: ['property-damage'], categories: PHYSICAL }],
  violence: [{ variant: null, label: 'Geweld tegen mensen', behaviours: ['violence'], categories: PHYSICAL }],
  'home-visit': [{ variant: null, label: 'Agressie, bedreiging of geweld bij een bezoek', behaviours: ['aggression', 'threat', 'violence'], categories: ANY_CATEGORY }],
  'public-road': [
    { variant: 'A', label: 'A. Schelden of beledigen', behaviours: ['insult'], categories: ANY_CATEGORY },
    { variant: 'B', label: 'B. Discriminatie of verbale bedreiging', behaviours: ['discrimination', 'threat'], categories: ANY_CATEGORY },
    { variant: 'C', label: 'C. Geweld tegen zaken', behaviours: ['property-damage'], categories: PHYSICAL },
    { variant: 'D', label: 'D. Geweld tegen mensen', behaviours: ['violence'], categories: PHYSICAL },
  ],
  'outside-hours': [{ variant: null, label: 'Agressie buiten werktijd', behaviours: ['aggression', 'threat', 'violence'], categories: ANY_CATEGORY }],
};

/** The categories' Dutch names (ch. 1). */
export const CATEGORY_LABELS: Record<Category, string> = {
  I: 'I. (Non-)verbale agressie',
  II: 'II. Persoonsgerichte bedreiging',
  III: 'III. Fysieke agressie',
};

/** Why a channel does not take this behaviour or category, by field, in Dutch; empty when it does. */
export function offerProblems(channel: Channel, behaviour: Behaviour, category: Category): { field: string; problems: string[] }[] {
  const variant = CHANNEL_VARIANTS[channel].find((v) => v.behaviours.includes(behaviour));
  if (!variant) {
    const allowed = CHANNEL_VARIANTS[channel].flatMap((v) => v.behaviours.map((b) => BEHAVIOURS[b]));
    return [{ field: 'behaviour', problems: [`Bij ${CHANNELS[channel].label} hoort dit gedrag niet. Kies uit: ${allowed.join(', ')}.`] }];
  }
  if (!variant.categories.includes(category)) {
    return [{ field: 'category', problems: [`Bij ${BEHAVIOURS[behaviour]} (${CHANNELS[channel].label}) hoort categorie ${variant.categories.join(' of ')}.`] }];
  }
  return [];
}
