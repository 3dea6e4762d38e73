/**
 * Every path of SPEC §4 (and the outside-hours channel): what the reporter records, how the people
 * in the protocol answer where the scenario decides, and what must follow.
 */
export interface Scenario {
  name: string;
  channel: string;
  behaviour: string;
  category: 'I' | 'II' | 'III';
  /** An earlier incident of the same kind by the same citizen two months before: the "second time". */
  repeat?: boolean;
  /** Answers to tasks by label (see taskLabel); other tasks get a default answer. */
  answers?: Record<string, Record<string, unknown>>;
  expected: {
    /** Every letter of the incident, made final, by code. */
    letters: string[];
    /** Tasks that must have appeared, with their candidate roles. */
    tasks: Record<string, string[]>;
    /** Tasks that must not appear. */
    absent?: string[];
    /** The ban's duration, if the path bans. */
    ban?: string;
    /** The duration the model gives a measure without a ban (ISO), by the code of the letter that states it. */
    measureDuration?: Record<string, string>;
  };
}

const BAN_COPIES = ['TVA', 'TVD', 'TVP', 'TVR'];
const DH = ['department-head'];
const ALWAYS = { register_gir: ['hr'], team_meeting: DH };
const POLICE_BY_BOTH = { police_report: ['employee', 'department-head'] };
const DOCTOR = { company_doctor: DH, first_conversation: DH, reconstruction: DH, evaluation: DH, follow_up: DH };
const AFTERCARE = { first_conversation: DH, reconstruction: DH, evaluation: DH, follow_up: DH };
const BAN_TASKS = { 'sign:TVA': DH, 'sign:TVD': DH, 'sign:TVP': DH, 'sign:TVR': ['public-contacts-head'] };
const DAMAGE = { recover_material_damage: DH, support_immaterial_damage: ['hr'] };
const BENEFIT = { decide_benefit_reduction: DH };
const choose = (code: string) => ({ code, motivation: 'Past het best bij wat er gebeurde.' });
const left = (outcome: string) => ({ on_site_steps: { steps: [{ step: 'addressed', at: '2026-01-01T09:00:00Z' }, { step: 'asked-to-leave', at: '2026-01-01T09:02:00Z' }], outcome } });

export const SCENARIOS: Scenario[] = [
  // 5.1 phone
  { name: 'phone A, first insult: TC1', channel: 'phone', behaviour: 'insult', category: 'I', expected: { letters: ['TC1'], tasks: { ...ALWAYS, 'sign:TC1': DH }, absent: ['police_report', 'first_conversation'] } },
  { name: 'phone A, repeated insult: TC2', channel: 'phone', behaviour: 'insult', category: 'I', repeat: true, expected: { letters: ['TC2'], tasks: { ...ALWAYS, 'sign:TC2': DH } } },
  { name: 'phone A, insult in a threatening situation: TC1, aftercare with company doctor', channel: 'phone', behaviour: 'insult', category: 'II', expected: { letters: ['TC1'], tasks: { ...ALWAYS, ...DOCTOR, 'sign:TC1': DH }, absent: ['police_report'] } },
  { name: 'phone B, first threat: aangifte, TC3, aftercare with company doctor', channel: 'phone', behaviour: 'threat', category: 'II', expected: { letters: ['TC3'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...DOCTOR, 'sign:TC3': DH } } },
  { name: 'phone B, second discrimination: ban of 6 months with TC4', channel: 'phone', behaviour: 'discrimination', category: 'I', repeat: true, expected: { letters: ['TC4', ...BAN_COPIES], ban: 'P6M', tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...AFTERCARE, ...BAN_TASKS, 'sign:TC4': ['college'] }, absent: ['company_doctor', 'choose_duration'] } },
  // 5.2 written
  { name: 'written A, first: SrC1 and colleagues informed', channel: 'written', behaviour: 'insult', category: 'I', expected: { letters: ['SrC1'], tasks: { ...ALWAYS, assess_severity: ['employee', 'team-lead'], inform_colleagues: DH, 'sign:SrC1': DH }, absent: ['police_report'] } },
  { name: 'written A, repeat: letters no longer handled (SrCH)', channel: 'written', behaviour: 'insult', category: 'I', repeat: true, expected: { letters: ['SrCH'], tasks: { ...ALWAYS, assess_severity: ['employee', 'team-lead'], 'sign:SrCH': DH }, measureDuration: { SrCH: 'P12M' } } },
  { name: 'written B, first threat: aangifte and SrC2', channel: 'written', behaviour: 'threat', category: 'II', answers: { assess_severity: { path: 'B', explanation: 'Dreigt de medewerker op te wachten.' } }, expected: { letters: ['SrC2'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...DOCTOR, 'sign:SrC2': DH } } },
  { name: 'written B, second threat: ban of 6 months with SrC3', channel: 'written', behaviour: 'threat', category: 'II', repeat: true, answers: { assess_severity: { path: 'B', explanation: 'Opnieuw een dreigbrief.' } }, expected: { letters: ['SrC3', ...BAN_COPIES], ban: 'P6M', tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...BAN_TASKS, 'sign:SrC3': ['college'] } } },
  // 5.3 counter
  { name: 'counter A, first: BC1, no aangifte when the citizen left', channel: 'counter', behaviour: 'house-rules', category: 'I', answers: left('left'), expected: { letters: ['BC1'], tasks: { ...ALWAYS, on_site_steps: ['employee'], 'sign:BC1': DH }, absent: ['police_report', 'first_conversation'] } },
  { name: 'counter A, left after the alarm in a threatening situation: the team lead files aangifte, aftercare with company doctor', channel: 'counter', behaviour: 'house-rules', category: 'II', answers: left('left-after-alarm'), expected: { letters: ['BC1'], tasks: { ...ALWAYS, police_report: ['team-lead'], ...DOCTOR, 'sign:BC1': DH } } },
  { name: 'counter A, second time: ban of 3 months with BC2 and aftercare', channel: 'counter', behaviour: 'house-rules', category: 'I', repeat: true, answers: left('left'), expected: { letters: ['BC2', ...BAN_COPIES], ban: 'P3M', tasks: { ...ALWAYS, ...AFTERCARE, ...BAN_TASKS, 'sign:BC2': ['college'] }, absent: ['company_doctor'] } },
  { name: 'counter B, first, the citizen left: the department head picks BC3, no aangifte, no aftercare', channel: 'counter', behaviour: 'aggression', category: 'I', answers: { ...left('left'), choose_warning: choose('BC3') }, expected: { letters: ['BC3'], tasks: { ...ALWAYS, on_site_steps: ['employee'], choose_warning: DH, 'sign:BC3': DH }, absent: ['police_report', 'first_conversation'] } },
  { name: 'counter B, first threatening situation, removed by police: BC5, aangifte, aftercare with company doctor', channel: 'counter', behaviour: 'aggression', category: 'II', answers: { ...left('removed-by-police'), choose_warning: choose('BC5') }, expected: { letters: ['BC5'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...DOCTOR, choose_warning: DH, 'sign:BC5': DH } } },
  { name: 'counter B, first great psychological pressure in a threatening situation, the citizen left: BC6, aftercare with company doctor', channel: 'counter', behaviour: 'psychological-pressure', category: 'II', answers: { ...left('left'), choose_warning: choose('BC6') }, expected: { letters: ['BC6'], tasks: { ...ALWAYS, ...DOCTOR, choose_warning: DH, 'sign:BC6': DH }, absent: ['police_report'] } },
  { name: 'counter B, first threat with violence, removed by police: BC7, aangifte, aftercare with company doctor', channel: 'counter', behaviour: 'threat', category: 'III', answers: { ...left('removed-by-police'), choose_warning: choose('BC7') }, expected: { letters: ['BC7'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...DOCTOR, choose_warning: DH, 'sign:BC7': DH } } },
  { name: 'counter B, repeat: BC8 ban of 6 months, aftercare, benefit reduction', channel: 'counter', behaviour: 'psychological-pressure', category: 'I', repeat: true, answers: { ...left('left'), choose_ban_letter: choose('BC8') }, expected: { letters: ['BC8', ...BAN_COPIES], ban: 'P6M', tasks: { ...ALWAYS, ...AFTERCARE, ...BENEFIT, ...BAN_TASKS, choose_ban_letter: DH, 'sign:BC8': ['college'] }, absent: ['company_doctor', 'choose_warning'] } },
  { name: 'counter B, repeated threat: BC4 ban of 6 months, aftercare with company doctor, benefit reduction', channel: 'counter', behaviour: 'threat', category: 'II', repeat: true, answers: { ...left('left'), choose_warning: choose('BC7'), choose_ban_letter: choose('BC4') }, expected: { letters: ['BC4', ...BAN_COPIES], ban: 'P6M', tasks: { ...ALWAYS, ...DOCTOR, ...BENEFIT, ...BAN_TASKS, choose_ban_letter: DH, 'sign:BC4': ['college'] }, absent: ['choose_warning', 'police_report'] } },
  // 5.4 property damage
  { name: 'property damage: aangifte of vernieling, damage, ban the college sets within 6-12 months (BC9)', channel: 'property-damage', behaviour: 'property-damage', category: 'III', answers: { ...left('removed-by-police'), choose_duration: { duration: 'P9M' } }, expected: { letters: ['BC9', ...BAN_COPIES], ban: 'P9M', tasks: { ...ALWAYS, police_report: DH, ...DAMAGE, ...DOCTOR, ...BENEFIT, ...BAN_TASKS, choose_duration: ['college'], 'sign:BC9': ['college'] } } },
  { name: 'property damage, recidive on violence: ban of at least 12 months', channel: 'property-damage', behaviour: 'property-damage', category: 'III', repeat: true, answers: left('left'), expected: { letters: ['BC9', ...BAN_COPIES], ban: 'P12M', tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...DAMAGE, choose_duration: ['college'] } } },
  // 5.5 violence
  { name: 'violence: description, aangifte by the department head, damage, ban of 12-24 months (BC10)', channel: 'violence', behaviour: 'violence', category: 'III', answers: { choose_duration: { duration: 'P2Y' } }, expected: { letters: ['BC10', ...BAN_COPIES], ban: 'P2Y', tasks: { ...ALWAYS, describe_perpetrator: ['employee'], police_report: DH, ...DAMAGE, ...DOCTOR, ...BENEFIT, ...BAN_TASKS, 'sign:BC10': ['college'] } } },
  { name: 'violence, recidive on violence: the college sets the ban within 12-24 months', channel: 'violence', behaviour: 'violence', category: 'III', repeat: true, answers: { choose_duration: { duration: 'P18M' } }, expected: { letters: ['BC10', ...BAN_COPIES], ban: 'P18M', tasks: { ...ALWAYS, describe_perpetrator: ['employee'], police_report: DH, ...DAMAGE, ...DOCTOR, ...BENEFIT, ...BAN_TASKS, choose_duration: ['college'], 'sign:BC10': ['college'] } } },
  // 5.6 home visit
  { name: 'home visit, first aggression: HB1', channel: 'home-visit', behaviour: 'aggression', category: 'I', expected: { letters: ['HB1'], tasks: { ...ALWAYS, ...AFTERCARE, 'sign:HB1': DH }, absent: ['police_report', 'company_doctor'] } },
  { name: 'home visit, repeated aggression: HB2', channel: 'home-visit', behaviour: 'aggression', category: 'I', repeat: true, expected: { letters: ['HB2'], tasks: { ...ALWAYS, ...AFTERCARE, 'sign:HB2': DH }, absent: ['sign:HB1', 'police_report', 'company_doctor'], measureDuration: { HB2: 'P12M' } } },
  { name: 'home visit, threat: aangifte and HB3', channel: 'home-visit', behaviour: 'threat', category: 'II', expected: { letters: ['HB3'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...DOCTOR, 'sign:HB3': DH }, absent: ['sign:HB2'] } },
  { name: 'home visit, threat again: aangifte, HB3 and HB2, aftercare with company doctor', channel: 'home-visit', behaviour: 'threat', category: 'II', repeat: true, expected: { letters: ['HB2', 'HB3'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...DOCTOR, 'sign:HB3': DH, 'sign:HB2': DH }, absent: ['sign:HB1'], measureDuration: { HB2: 'P12M' } } },
  { name: 'home visit, violence again: aangifte, HB4 and HB2', channel: 'home-visit', behaviour: 'violence', category: 'III', repeat: true, expected: { letters: ['HB2', 'HB4'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, 'sign:HB4': DH, 'sign:HB2': DH }, measureDuration: { HB2: 'P12M' } } },
  // 5.7 public road
  { name: 'public road A, first insult: BD1', channel: 'public-road', behaviour: 'insult', category: 'I', expected: { letters: ['BD1'], tasks: { ...ALWAYS, ...AFTERCARE, 'sign:BD1': DH }, absent: ['police_report'] } },
  { name: 'public road A, repeated insult: BD2', channel: 'public-road', behaviour: 'insult', category: 'I', repeat: true, expected: { letters: ['BD2'], tasks: { ...ALWAYS, 'sign:BD2': DH } } },
  { name: 'public road A, threatening situation: aangifte and BD3', channel: 'public-road', behaviour: 'insult', category: 'II', expected: { letters: ['BD3'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...DOCTOR, 'sign:BD3': DH } } },
  { name: 'public road A, violence used: aangifte and BD4', channel: 'public-road', behaviour: 'insult', category: 'III', expected: { letters: ['BD4'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, 'sign:BD4': DH } } },
  { name: 'public road B: written warning from the college (BDC)', channel: 'public-road', behaviour: 'discrimination', category: 'I', expected: { letters: ['BDC'], tasks: { ...ALWAYS, ...DOCTOR, 'sign:BDC': ['college'] }, absent: ['police_report'] } },
  { name: 'public road C: aangifte, damage, a ban whose length the college sets', channel: 'public-road', behaviour: 'property-damage', category: 'III', answers: { choose_duration: { duration: 'P2M' } }, expected: { letters: ['BC9', ...BAN_COPIES], ban: 'P2M', tasks: { ...ALWAYS, police_report: DH, ...DAMAGE, ...DOCTOR, choose_duration: ['college'] } } },
  { name: 'public road D: the violence protocol, called', channel: 'public-road', behaviour: 'violence', category: 'III', expected: { letters: ['BC10', ...BAN_COPIES], ban: 'P12M', tasks: { ...ALWAYS, describe_perpetrator: ['employee'], police_report: DH, ...DAMAGE, ...DOCTOR, ...BENEFIT } } },
  // outside working hours (appendix 3)
  { name: 'outside hours, aggressive behaviour: BW1', channel: 'outside-hours', behaviour: 'aggression', category: 'I', expected: { letters: ['BW1'], tasks: { ...ALWAYS, 'sign:BW1': DH }, absent: ['police_report', 'first_conversation'] } },
  { name: 'outside hours, threatening situation: BW1, aangifte, aftercare', channel: 'outside-hours', behaviour: 'threat', category: 'II', expected: { letters: ['BW1'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...DOCTOR }, absent: ['recover_material_damage'] } },
  { name: 'outside hours, threatening situation again: BW1 once more, aangifte, aftercare', channel: 'outside-hours', behaviour: 'threat', category: 'II', repeat: true, expected: { letters: ['BW1'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...DOCTOR, 'sign:BW1': DH }, absent: ['recover_material_damage', 'choose_duration'] } },
  { name: 'outside hours, violence: BW1, aangifte, aftercare, damage', channel: 'outside-hours', behaviour: 'violence', category: 'III', expected: { letters: ['BW1'], tasks: { ...ALWAYS, ...POLICE_BY_BOTH, ...DOCTOR, ...DAMAGE } } },
];
