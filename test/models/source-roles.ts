/**
 * Who does each step, as the source protocol (../shared/seeds/004_172f2d18f274d1e2.txt) names them: for
 * every user task of every model its roles (`camunda:candidateGroups`) and assignee, and for every call of a
 * shared sub-process the roles it hands that sub-process's task (a letter's `signer`, aangifte's
 * `reporters`). `source` quotes the section; `choice` marks where the source is loose and the README's
 * choices section says what the product does.
 */
export interface SourceRole {
  /** "process/element/attribute": the attribute is candidateGroups, assignee, signer or reporters. */
  at: string;
  value: string;
  source: string;
  choice?: true;
}

const DH = 'department-head';
const BOTH = 'employee,department-head';

/** The steps every channel has (ch. 8 and the werkoverleg of 5.3–5.7). */
const everyChannel = (process: string): SourceRole[] => [
  { at: `${process}/register_gir/candidateGroups`, value: 'hr', source: '7.3 "P&O zorgt voor registratie van het incident in het GIR-systeem"; 2.6 "houdt het registratiesysteem bij"' },
  { at: `${process}/team_meeting/candidateGroups`, value: DH, source: '5.3–5.7 "ook bespreekt hij [het afdelingshoofd] incident en de gevolgde aanpak tijdens het eerstvolgende werkoverleg"' },
];

export const SOURCE_ROLES: SourceRole[] = [
  // 5.1 phone
  ...everyChannel('phone'),
  { at: 'phone/letter_a/signer', value: DH, source: '5.1 A "door het afdelingshoofd ondergetekende schriftelijke waarschuwingsbrief (voorbeeldbrief TC1)" … "(voorbeeldbrief TC2)"' },
  { at: 'phone/police_report_b/reporters', value: BOTH, source: '5.1 B "De medewerker … doet, samen met zijn afdelingshoofd, aangifte van bedreiging"' },
  { at: 'phone/letter_tc3/signer', value: DH, source: '5.1 B "waarschuwingsbrief (door het afdelingshoofd ondergetekende) … (voorbeeldbrief TC3)"' },

  // 5.2 written
  ...everyChannel('written'),
  { at: 'written/assess_severity/candidateGroups', value: 'employee,team-lead', source: '5.2 "De medewerker maakt samen met de eerste medewerker een inschatting van de ernst van de agressie"' },
  { at: 'written/letter_src1/signer', value: DH, source: '5.2 A "(door het afdelingshoofd ondergetekende) waarschuwingsbrief (voorbeeldbrief SrC1)"' },
  { at: 'written/inform_colleagues/candidateGroups', value: DH, source: '5.2 A "De directe collega\'s worden door het afdelingshoofd geïnformeerd over de gevolgde procedure"' },
  { at: 'written/letter_srch/signer', value: DH, source: '5.2 A "dat bij herhaling niet meer gereageerd zal worden": no letter and no signer named; the warning\'s signer', choice: true },
  { at: 'written/police_report_b/reporters', value: BOTH, source: '5.2 B "Wordt zonder meer aangifte gedaan" (passive); 2.5 the employee "Doet, samen met zijn afdelingshoofd aangifte"', choice: true },
  { at: 'written/letter_src2/signer', value: DH, source: '5.2 B "door het afdelingshoofd ondergetekende waarschuwingsbrief (voorbeeldbrief SrC2)"' },

  // 5.3 counter
  ...everyChannel('counter'),
  { at: 'counter/on_site_steps/candidateGroups', value: 'employee', source: '5.3 every step on the spot is "de medewerker"\'s; who records them afterwards is not said', choice: true },
  { at: 'counter/police_report_a/reporters', value: 'team-lead', source: '5.3 A "wordt dit aan de politie gemeld door de eerste medewerker van de medewerker en aangifte gedaan van bedreiging"' },
  { at: 'counter/letter_bc1/signer', value: DH, source: '5.3 A "door het afdelingshoofd ondergetekende waarschuwingsbrief (voorbeeldbrief BC1)"' },
  { at: 'counter/police_report_b/reporters', value: BOTH, source: '5.3 B "wordt door de medewerker, samen met het afdelingshoofd, aangifte gedaan van bedreiging"' },
  { at: 'counter/choose_warning/candidateGroups', value: DH, source: '5.3 B "door het afdelingshoofd ondergetekende waarschuwingsbrief (voorbeeldbrief BC3, BC5 of BC6, BC7)": which one is not said; its signer chooses', choice: true },
  { at: 'counter/letter_warning_b/signer', value: DH, source: '5.3 B "door het afdelingshoofd ondergetekende waarschuwingsbrief"' },
  { at: 'counter/choose_ban_letter/candidateGroups', value: DH, source: '5.3 B "toegangsverbod voor 6 maanden (voorbeeldbrief BC4 of BC8)": which one is not said; "Het afdelingshoofd meldt het toegangsverbod"', choice: true },

  // 5.4 property damage
  ...everyChannel('property-damage'),
  { at: 'property-damage/on_site_steps/candidateGroups', value: 'employee', source: '5.4 every step on the spot is "de medewerker"\'s; who records them afterwards is not said', choice: true },
  {
    at: 'property-damage/police_report/reporters',
    value: '= if on_site_steps.outcome = "removed-by-police" then "department-head" else "employee,department-head"',
    source: '5.4 "De medewerker doet samen met zijn afdelingshoofd aangifte van bedreiging"; "Nadat de burger door de politie is verwijderd, wordt door het afdelingshoofd aangifte gedaan van vernieling"',
  },

  // 5.5 violence
  ...everyChannel('violence'),
  { at: 'violence/describe_perpetrator/candidateGroups', value: 'employee', source: '5.5 "De medewerker observeert de burger goed zodat een duidelijk signalement kan worden gegeven"' },
  { at: 'violence/police_report/reporters', value: DH, source: '5.5 "Nadat de burger is vertrokken, wordt door het afdelingshoofd aangifte gedaan van bedreiging en/of mishandeling"' },

  // 5.6 home visit: the incident, and the safety steps of every visit
  ...everyChannel('home-visit'),
  { at: 'home-visit/letter_hb1/signer', value: DH, source: '5.6 "door het afdelingshoofd ondergetekende waarschuwingsbrief (voorbeeldbrief HB1)"' },
  { at: 'home-visit/police_report/reporters', value: BOTH, source: '5.6 "wordt aangifte gedaan bij de politie" (passive); 2.5 the employee "Doet, samen met zijn afdelingshoofd aangifte"', choice: true },
  { at: 'home-visit/letter_hb34/signer', value: DH, source: '5.6 "(voorbeeldbrief HB3 en HB4)": no signer named; as HB1', choice: true },
  { at: 'home-visit/letter_hb2/signer', value: DH, source: '5.6 "volgt een schriftelijke mededeling … (voorbeeldbrief HB2)": no signer named; as HB1', choice: true },
  { at: 'home-visit-safety/reschedule/candidateGroups', value: DH, source: '5.6 "vindt alleen plaats tijdens kantooruren" (no one named); 2.3 the head "Ziet er op toe dat de afspraken uit het agressieprotocol nageleefd worden"', choice: true },
  { at: 'home-visit-safety/risk_assessment/candidateGroups', value: 'employee', source: '5.6 "Vóór het huisbezoek wordt een inschatting gemaakt op basis van de aanwezige informatie" (passive): the visiting employee', choice: true },
  { at: 'home-visit-safety/risk_assessment/assignee', value: '= plannedBy', source: 'the employee who planned the visit', choice: true },
  { at: 'home-visit-safety/two_person_decision/candidateGroups', value: DH, source: '5.6 "in overleg met de leidinggevende besloten om het huisbezoek met twee personen af te leggen"; the leidinggevende is the head (6.1 names him beside the eerste medewerker)' },
  { at: 'home-visit-safety/check_out/candidateGroups', value: 'employee', source: '5.6 "Bij het vertrek aan een huisbezoek wordt aan een directe collega gemeld naar wie men gaat"' },
  { at: 'home-visit-safety/check_out/assignee', value: '= plannedBy', source: '5.6 the employee who goes ("men")' },
  { at: 'home-visit-safety/check_in/candidateGroups', value: 'employee', source: '5.6 "Na de geplande afspraken meldt de medewerker zich bij dezelfde collega dat hij weer terug is"' },
  { at: 'home-visit-safety/check_in/assignee', value: '= plannedBy', source: '5.6 "meldt de medewerker zich"' },
  { at: 'home-visit-safety/contact_employee/candidateGroups', value: 'employee', source: '5.6 "wordt een half uur afgewacht, totdat er contact wordt opgenomen met de medewerker" (passive): the colleague who was told', choice: true },
  { at: 'home-visit-safety/contact_employee/assignee', value: '= check_out.colleague', source: '5.6 "dezelfde collega" named at check-out', choice: true },
  { at: 'home-visit-safety/police_check/candidateGroups', value: DH, source: '5.6 "Het afdelingshoofd besluit of de politie wordt verzocht om polshoogte te gaan nemen"' },

  // 5.7 public road
  ...everyChannel('public-road'),
  { at: 'public-road/letter_bd12/signer', value: DH, source: '5.7 A "ontvangt de burger een schriftelijke waarschuwing … (voorbeeldbrief BD1)", "(voorbeeldbrief BD2)": no signer named', choice: true },
  { at: 'public-road/police_report_a/reporters', value: BOTH, source: '5.7 A "wordt aangifte gedaan bij de politie" (passive); 2.5 the employee "Doet, samen met zijn afdelingshoofd aangifte"', choice: true },
  { at: 'public-road/letter_bd34/signer', value: DH, source: '5.7 A "(voorbeeldbrief BD3 en BD4)": no signer named', choice: true },
  { at: 'public-road/letter_bdc/signer', value: 'college', source: '5.7 B "ontvangt de burger een schriftelijke waarschuwing van het college"' },
  { at: 'public-road/police_report_c/reporters', value: DH, source: '5.7 C "Het afdelingshoofd doet aangifte bij de politie van bedreiging en/of vernieling"' },

  // outside working hours (appendix 3): no protocol in chapter 5
  ...everyChannel('outside-hours'),
  { at: 'outside-hours/letter_bw1/signer', value: DH, source: 'appendix 3 names no protocol; as the warnings of chapter 5', choice: true },
  { at: 'outside-hours/police_report/reporters', value: BOTH, source: '2.5 the employee "Doet, samen met zijn afdelingshoofd aangifte"' },

  // shared sub-processes
  { at: 'letter/sign/candidateGroups', value: '= signer', source: 'the signer each calling model names (the signer rows above and in access-ban)' },
  { at: 'letter/correct/candidateGroups', value: '= if signer = "college" then "department-head" else "employee"', source: 'not in the source: who fixes a rejected draft', choice: true },
  { at: 'access-ban/choose_duration/candidateGroups', value: 'college', source: '7.2 "De duur van het gebouwverbod … wordt situationeel bepaald"; the letter "dient altijd ondertekend te worden door het college"', choice: true },
  { at: 'access-ban/decision_letter/signer', value: 'college', source: '7.2 "De brief aan de klant met de mededeling dat hij of zij een gebouwverbod is opgelegd, dient altijd ondertekend te worden door het college"' },
  { at: 'access-ban/copy_management/signer', value: DH, source: '5.1 B "de leidinggevende meldt het toegangsverbod aan de directie"; 5.3 B "Het afdelingshoofd meldt het toegangsverbod aan de directie"' },
  { at: 'access-ban/copy_police/signer', value: DH, source: '7.2 "moet er een kopie van deze brief naar … de politie" (who sends it is not said)', choice: true },
  { at: 'access-ban/copy_public_contacts/signer', value: DH, source: '5.3 B "Het afdelingshoofd meldt het toegangsverbod aan … het afdelingshoofd van de afdeling Publiekscontacten"' },
  { at: 'access-ban/inform_receptions/signer', value: 'public-contacts-head', source: '5.1 B "Het afdelingshoofd van de afdeling Publiekscontacten communiceert duidelijk aan de medewerkers van burgerzaken en de receptie"' },
  { at: 'police-report/police_report/candidateGroups', value: '= if reporters != null then reporters else "employee,department-head"', source: '2.5 "Doet, samen met zijn afdelingshoofd aangifte"; 7.3 "Het afdelingshoofd maakt samen met de getroffen medewerker hiervoor een afspraak"' },
  { at: 'police-report/escalate_police_report/candidateGroups', value: DH, source: '7.3 "binnen 24 uur aangifte"; 2.3 the head "Doet aangifte (samen met getroffen medewerker) of begeleidt medewerkers bij het doen van aangifte"' },
  { at: 'aftercare/first_conversation/candidateGroups', value: DH, source: '6.1 "plant het afdelingshoofd, al dan niet samen met de eerste medewerker, een aantal opvanggesprekken"', choice: true },
  { at: 'aftercare/company_doctor/candidateGroups', value: DH, source: '6 "neemt het afdelingshoofd het initiatief om maximaal binnen 2 dagen een afspraak te maken … met de bedrijfsarts"' },
  { at: 'aftercare/reconstruction/candidateGroups', value: DH, source: '6.1 "plant het afdelingshoofd, al dan niet samen met de eerste medewerker, een aantal opvanggesprekken"', choice: true },
  { at: 'aftercare/evaluation/candidateGroups', value: DH, source: '6.1 "plant het afdelingshoofd, al dan niet samen met de eerste medewerker, een aantal opvanggesprekken"', choice: true },
  { at: 'aftercare/follow_up/candidateGroups', value: DH, source: '6.1 "Zo nodig vindt verwijzing naar gespecialiseerde hulp plaats" (passive); 2.3 the head "Is verantwoordelijk voor de nazorg"', choice: true },
  { at: 'damage-recovery/recover_material_damage/candidateGroups', value: DH, source: '7.5 "dan wordt de schade door de gemeente verhaald"; 2.3 the head "Schakelt de juridische afdeling in, als er sprake is van (bedrijfs-)schade"' },
  { at: 'damage-recovery/support_immaterial_damage/candidateGroups', value: 'hr', source: '7.5 "De gemeente kan de getroffen medewerker hierbij ondersteunen"; 2.6 P&O "Ondersteunt slachtoffers (… bij aangifte en schadeverhaal)"' },
  { at: 'recidive-review/review_recidive/candidateGroups', value: DH, source: 'not in the source: a repeat missed because an earlier incident\'s kind became known late; the head signs the warnings and "Ziet er op toe dat de afspraken uit het agressieprotocol nageleefd worden" (2.3)', choice: true },
  { at: 'benefit-reduction/decide_benefit_reduction/candidateGroups', value: DH, source: '7.4 "Het opleggen van een maatregel … verloopt via het afdelingshoofd"' },
];
