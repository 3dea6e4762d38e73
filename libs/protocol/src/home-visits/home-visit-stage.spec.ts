import { homeVisitStage } from './home-visit-stage';

describe('home visit stage', () => {
  const step = (elementId: string, status = 'open') => ({ elementId, status });

  it('follows the safety steps from risk assessment to check-in', () => {
    expect(homeVisitStage([])).toBe('planned');
    expect(homeVisitStage([step('risk_assessment')])).toBe('risk-assessment');
    expect(homeVisitStage([step('risk_assessment', 'completed'), step('two_person_decision')])).toBe('decision');
    expect(homeVisitStage([step('two_person_decision', 'completed'), step('check_out')])).toBe('check-out');
    expect(homeVisitStage([step('check_out', 'completed'), step('check_in')])).toBe('under-way');
    expect(homeVisitStage([step('check_out', 'completed'), step('check_in', 'completed')])).toBe('back');
  });

  it('stays "not back" once the colleague was asked to make contact, until the employee checks in', () => {
    expect(homeVisitStage([step('check_in'), step('contact_employee')])).toBe('not-back');
    expect(homeVisitStage([step('check_in'), step('contact_employee', 'completed')])).toBe('not-back');
    expect(homeVisitStage([step('check_in'), step('contact_employee', 'completed'), step('police_check', 'completed')])).toBe('not-back');
    expect(homeVisitStage([step('check_in', 'completed'), step('contact_employee', 'cancelled')])).toBe('back');
    expect(homeVisitStage([step('check_in', 'completed'), step('contact_employee', 'completed'), step('police_check', 'cancelled')])).toBe('back');
  });

  it('says when a visit outside office hours went to the department head', () => {
    expect(homeVisitStage([step('reschedule')])).toBe('outside-office-hours');
    expect(homeVisitStage([step('reschedule', 'completed')])).toBe('outside-office-hours');
  });
});
