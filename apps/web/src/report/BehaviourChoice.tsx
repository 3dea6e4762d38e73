import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Fieldset, FieldsetLegend, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { fieldId, FieldErrors } from '../forms/SchemaForm';
import { ReportChannel } from './report-api';
import { capitalised } from './RadioChoice';

/** The behaviours that start a protocol on the channel, grouped by the protocol they start where there are several. */
export function BehaviourChoice({ channel, value, onChange, errors }: { channel: ReportChannel; value: string | undefined; onChange(value: string): void; errors: FieldErrors }) {
  const id = fieldId('behaviour');
  const problems = errors.behaviour;
  let index = 0;
  return (
    <Fieldset invalid={!!problems?.length} aria-describedby={problems?.length ? `${id}-fout` : undefined}>
      <FieldsetLegend>Wat deed de burger?</FieldsetLegend>
      {problems?.length ? <FormFieldErrorMessage id={`${id}-fout`}>{problems.join(' ')}</FormFieldErrorMessage> : null}
      {channel.protocols.map((protocol) => (
        <div key={protocol.key} className="ap-variant">
          {channel.protocols.length > 1 && <Paragraph className="ap-variant__label">{protocol.name}</Paragraph>}
          {protocol.behaviours.map((behaviour) => {
            const optionId = index++ === 0 ? id : `${id}-${behaviour.key}`;
            return (
              <div className="ap-option" key={behaviour.key}>
                <RadioButton id={optionId} name="behaviour" checked={value === behaviour.key} invalid={!!problems?.length} onChange={() => onChange(behaviour.key)} />
                <FormLabel htmlFor={optionId} type="radio">
                  {capitalised(behaviour.label)}
                </FormLabel>
              </div>
            );
          })}
        </div>
      ))}
    </Fieldset>
  );
}
