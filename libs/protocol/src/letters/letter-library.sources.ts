import { Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@ap/common';
import { LetterUse } from '@ap/letters';
import { Database } from '@ap/persistence';
import { DefinitionStore } from '@ap/workflow-runtime';
import { CHANNEL_KEYS, CHANNELS } from '../channels/channels';
import { reportRoutes } from '../channels/report-routes';
import { LetterDataBuilder } from './letter-data.builder';
import { ModelLetters, readModelLetters } from './letter-uses';

/**
 * What the template library shows from the protocol: where the organisation's deployed models draft each
 * letter, and a real incident's letter data for a preview.
 */
@Injectable()
export class LetterLibrarySources {
  /** The models read for the newest versions, by their ids: a version never changes. */
  private read: { ids: string; letters: Promise<ModelLetters> } | null = null;

  constructor(
    private readonly store: DefinitionStore,
    private readonly db: Database,
    private readonly builder: LetterDataBuilder,
    private readonly clock: Clock,
  ) {}

  async uses(): Promise<LetterUse[]> {
    const letters = await this.models();
    const routes = reportRoutes(await this.store.latestOfEach(null));
    // A channel reaches the letters of every protocol its reports start (violence at the counter: 5.5's too).
    const channels = CHANNEL_KEYS.map((channel) => ({
      channel,
      reached: new Set([...new Set(routes.filter((r) => r.channel === channel).map((r) => r.processKey))].flatMap((key) => [...letters.reachedFrom(key)])),
    }));
    return letters.uses.map((use) => ({
      code: use.code,
      model: use.process,
      modelName: letters.names.get(use.process) ?? use.process,
      channels: channels.filter(({ reached }) => reached.has(use.process)).map(({ channel }) => CHANNELS[channel].label),
      signer: use.signer,
    }));
  }

  /** The data letter `code` would be drafted with for the incident with this reference, as far as it is known now. */
  async incidentData(reference: string, code: string, signerRole: string): Promise<Record<string, unknown>> {
    const subject = (await this.models()).uses.find((u) => u.code === code);
    return this.db.read(async (uow) => {
      const incident = await uow.incidents.findOneBy({ reference });
      if (!incident) throw new DomainError('not-found', `Er is geen incident met kenmerk ${reference}`);
      const citizen = await uow.citizens.findOneByOrFail({ id: incident.citizenId });
      const ban = await uow.bans.findOne({ where: { incidentId: incident.id }, order: { createdAt: 'DESC' } });
      const data = this.builder.draft({
        code,
        subject: subject?.subject(citizen.name) ?? code,
        signerRole,
        incident,
        citizen,
        ban,
        now: this.clock.now(),
      });
      return data as unknown as Record<string, unknown>;
    });
  }

  private async models(): Promise<ModelLetters> {
    const newest = await this.store.latestOfEach(null);
    const ids = newest.map((d) => d.id).sort().join();
    if (this.read?.ids !== ids) this.read = { ids, letters: readModelLetters(newest.map((d) => ({ file: `${d.key} v${d.version}`, xml: d.xml }))) };
    return this.read.letters;
  }
}
