import { Injectable } from '@nestjs/common';
import { DomainError } from '@ap/common';

/** Where a deployed model drafts a letter. */
export interface LetterUse {
  code: string;
  model: string;
  modelName: string;
  /** The channels whose protocol reaches this model. */
  channels: string[];
  /** The role that signs the letter, as the model names it. */
  signer: string;
}

/** A real incident's letter data, for a preview; fields the incident does not fill are absent. */
export type IncidentLetterData = (incidentReference: string, code: string, signerRole: string) => Promise<Record<string, unknown>>;

/**
 * What the template library needs from the protocol, which builds on the letters and not the other way
 * round: where the deployed models use each letter, and a real incident's letter data. The protocol
 * provides both when it starts.
 */
@Injectable()
export class LibrarySources {
  private usesOf: () => Promise<LetterUse[]> = async () => [];
  private incidentData: IncidentLetterData = async () => {
    throw new DomainError('unprocessable', 'Voorbeelden met de gegevens van een incident zijn niet beschikbaar');
  };

  provide(uses: () => Promise<LetterUse[]>, incidentData: IncidentLetterData): void {
    this.usesOf = uses;
    this.incidentData = incidentData;
  }

  uses(): Promise<LetterUse[]> {
    return this.usesOf();
  }

  incident(reference: string, code: string, signerRole: string): Promise<Record<string, unknown>> {
    return this.incidentData(reference, code, signerRole);
  }
}
