import { Inject, Injectable } from '@nestjs/common';
import { DraftLetterData, LetterData, SignedLetterData } from '@ap/letters';
import { describeDuration, formatDutchDate, formatDutchTime, isRole, localDay, ROLES } from '@ap/common';
import { BanEntity, CitizenEntity, IncidentEntity } from '@ap/persistence';
import { addToDay } from '../bans/bans.service';
import { BEHAVIOURS, CHANNELS, Behaviour, Channel } from '../channels/channels';
import { MUNICIPALITY, Municipality } from '../municipality';

export interface LetterSubject {
  code: string;
  subject: string;
  signerRole: string;
  incident: IncidentEntity;
  citizen: CitizenEntity;
  ban: BanEntity | null;
  /** For internal notifications of a ban: who it goes to, as the model names it. */
  recipient?: string;
  /** The recidive window the model used for this incident (ISO, `P6M`), once it was determined. */
  recidiveWindow?: string | null;
  /** The duration the model gives a measure that is not a ban (ISO, `P12M`: SrCH, HB2). */
  measureDuration?: string | null;
  now: Date;
}

function hasPhoto(citizen: CitizenEntity): boolean {
  return Boolean(citizen.photoType);
}

/**
 * The data a letter is filled with, typed by the one letter-data definition (LETTER_DATA). Values that are
 * unknown stay null, so the render fails naming them instead of printing a gap.
 */
@Injectable()
export class LetterDataBuilder {
  constructor(@Inject(MUNICIPALITY) private readonly municipality: Municipality) {}

  draft({ code, subject, signerRole, incident, citizen, ban, recipient, recidiveWindow, measureDuration, now }: LetterSubject): DraftLetterData {
    return {
      gemeente: { ...this.municipality },
      burger: {
        naam: citizen.name,
        adres: citizen.streetAddress,
        postcode: citizen.postalCode,
        woonplaats: citizen.city,
        geboortedatum: citizen.dateOfBirth ? formatDutchDate(citizen.dateOfBirth) : null,
        foto: hasPhoto(citizen),
      },
      brief: { datum: formatDutchDate(now), kenmerk: `${incident.reference}/${code}`, onderwerp: subject },
      incident: {
        datum: formatDutchDate(incident.occurredAt),
        tijd: formatDutchTime(incident.occurredAt),
        kanaal: CHANNELS[incident.channel as Channel]?.phrase ?? incident.channel,
        gedrag: BEHAVIOURS[incident.behaviour as Behaviour] ?? incident.behaviour,
        omschrijving: incident.description,
        locatie: incident.location,
      },
      recidive: { termijn: recidiveWindow ? describeDuration(recidiveWindow) : null },
      ...(recipient ? { ontvanger: { omschrijving: recipient } } : {}),
      ...this.measure(ban, measureDuration, localDay(now)),
      ondertekenaar: { functie: isRole(signerRole) ? ROLES[signerRole] : signerRole },
    };
  }

  /**
   * What changes at signing: the letter's date, the actual dates of a ban or other measure, and whether
   * there is a photo (often attached by the signer of the receptions' letter just before signing).
   */
  signed(signedAt: Date, ban: BanEntity | null, measureDuration: string | null, citizen: CitizenEntity): SignedLetterData {
    return {
      brief: { datum: formatDutchDate(signedAt) },
      burger: { foto: hasPhoto(citizen) },
      ...this.measure(ban, measureDuration, localDay(signedAt)),
    };
  }

  /**
   * The `maatregel` fields: a ban's, with its dates in the register once it is in force, or else those of
   * the model's measure without a ban. A ban not yet in force and such a measure start on `day`: the
   * letter's date, which at signing is the day it is signed.
   */
  private measure(ban: BanEntity | null, measureDuration: string | null | undefined, day: string): Pick<LetterData, 'maatregel'> {
    if (ban) return { maatregel: { ...this.period(ban.duration, ban.startsOn ?? day, ban.endsOn), reikwijdte: ban.scope } };
    return measureDuration ? { maatregel: this.period(measureDuration, day) } : {};
  }

  /** Up to and including the end date, for a measure as for a ban: 14 April + 6 months → 14 October. */
  private period(duration: string, startsOn: string, endsOn: string | null = null) {
    return {
      duur: describeDuration(duration),
      ingangsdatum: formatDutchDate(startsOn),
      einddatum: formatDutchDate(endsOn ?? addToDay(startsOn, duration)),
    };
  }
}
