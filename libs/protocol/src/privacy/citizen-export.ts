import { Injectable } from '@nestjs/common';
import PizZip from 'pizzip';
import { formatDutchDate } from '@ap/common';
import { CitizenEntity, In, UnitOfWork } from '@ap/persistence';
import { BEHAVIOURS, CHANNELS, Behaviour, Channel } from '../channels/channels';

/** One file in the export, by its path in the archive. */
type Files = Map<string, Buffer>;

/**
 * Everything held about one citizen, as one ZIP for an inzageverzoek (AVG art. 15): `overzicht.json` with
 * their details, incidents (with tasks, timeline and letters' data), bans and the audit trail of who did
 * what with their file; each letter's document exactly as stored (the signed ones byte for byte as
 * signed) and its PDF/A where one is kept; the photo; and `leesmij.txt`, the same in words.
 */
@Injectable()
export class CitizenExport {
  async archive(uow: UnitOfWork, citizen: CitizenEntity, madeAt: Date): Promise<{ zip: Buffer; letters: number; incidents: number }> {
    const files: Files = new Map();
    const incidents = await uow.incidents.find({ where: { citizenId: citizen.id }, order: { occurredAt: 'ASC' } });
    const incidentIds = incidents.map((i) => i.id);
    const reference = new Map(incidents.map((i) => [i.id, i.reference]));
    const letters = incidentIds.length
      ? await uow.letters.createQueryBuilder('l').addSelect('l.docx').where('l.incident_id IN (:...ids)', { ids: incidentIds }).orderBy('l.created_at', 'ASC').getMany()
      : [];
    const pdfs = letters.length ? await uow.letterPdfs.find({ where: { letterId: In(letters.map((l) => l.id)) }, select: { letterId: true, pdf: true, sha256: true } }) : [];
    const bans = await uow.bans.find({ where: { citizenId: citizen.id }, order: { createdAt: 'ASC' } });
    const tasks = incidentIds.length ? await uow.tasks.find({ where: { businessKey: In(incidentIds) }, order: { createdAt: 'ASC' } }) : [];
    const timeline = incidentIds.length ? await uow.timeline.find({ where: { incidentId: In(incidentIds) }, order: { at: 'ASC', id: 'ASC' } }) : [];
    const resources = [citizen.id, ...incidentIds, ...letters.map((l) => l.id), ...bans.map((b) => b.id)];
    const audit = await uow.query<{ at: Date; actor: string; action: string; resource_type: string; resource_id: string; reason: string | null }>(
      `SELECT at, actor, action, resource_type, resource_id, reason FROM audit_trail WHERE resource_id = ANY($1) ORDER BY at, id`,
      [resources],
    );
    const photo = await uow.citizens.findOne({ where: { id: citizen.id }, select: { id: true, photo: true, photoType: true } });

    const letterEntries = letters.map((letter) => {
      const base = `brieven/${reference.get(letter.incidentId)}-${letter.code}-${letter.status === 'final' ? 'ondertekend' : letter.status}-${letter.id.slice(0, 8)}`;
      files.set(`${base}.docx`, letter.docx);
      const pdf = pdfs.find((p) => p.letterId === letter.id);
      if (pdf?.pdf) files.set(`${base}.pdf`, pdf.pdf);
      return {
        id: letter.id,
        incident: reference.get(letter.incidentId),
        code: letter.code,
        status: letter.status,
        createdAt: letter.createdAt,
        finalizedAt: letter.finalizedAt,
        sha256: letter.sha256,
        templateHash: letter.templateHash,
        erasedAt: letter.erasedAt,
        file: `${base}.docx`,
        pdf: pdf?.pdf ? { file: `${base}.pdf`, sha256: pdf.sha256 } : null,
        data: letter.data,
      };
    });
    if (photo?.photo) files.set(`foto.${photo.photoType === 'image/png' ? 'png' : 'jpg'}`, photo.photo);

    const summary = {
      gemaaktOp: madeAt,
      burger: {
        id: citizen.id,
        naam: citizen.name,
        geboortedatum: citizen.dateOfBirth,
        adres: citizen.streetAddress,
        postcode: citizen.postalCode,
        woonplaats: citizen.city,
        telefoon: citizen.phone,
        foto: photo?.photo ? `foto.${photo.photoType === 'image/png' ? 'png' : 'jpg'}` : null,
        vastgelegdOp: citizen.createdAt,
        gewijzigdOp: citizen.updatedAt,
        gewistOp: citizen.erasedAt,
      },
      incidenten: incidents.map((incident) => ({
        id: incident.id,
        kenmerk: incident.reference,
        kanaal: CHANNELS[incident.channel as Channel]?.label ?? incident.channel,
        categorie: incident.category,
        gedrag: BEHAVIOURS[incident.behaviour as Behaviour] ?? incident.behaviour,
        datum: incident.occurredAt,
        locatie: incident.location,
        omschrijving: incident.description,
        herhaling: incident.isRepeat,
        gemeldOp: incident.createdAt,
        gewistOp: incident.erasedAt,
        taken: tasks
          .filter((t) => t.businessKey === incident.id)
          .map((t) => ({ naam: t.name, status: t.status, aangemaaktOp: t.createdAt, afgerondOp: t.completedAt, ingevuld: t.form })),
        tijdlijn: timeline.filter((e) => e.incidentId === incident.id).map((e) => ({ op: e.at, door: e.actorName, wat: e.summary })),
      })),
      toegangsverboden: bans.map((b) => ({ id: b.id, incident: reference.get(b.incidentId), status: b.status, duur: b.duration, reikwijdte: b.scope, van: b.startsOn, totEnMet: b.endsOn })),
      brieven: letterEntries,
      auditTrail: audit.map((a) => ({ op: a.at, door: a.actor, actie: a.action, over: `${a.resource_type} ${a.resource_id}`, reden: a.reason })),
    };
    files.set('overzicht.json', Buffer.from(JSON.stringify(summary, null, 2)));
    files.set('leesmij.txt', Buffer.from(readme(summary, madeAt)));

    const zip = new PizZip();
    for (const [name, content] of files) zip.file(name, content);
    return { zip: zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }), letters: letters.length, incidents: incidents.length };
  }
}

function readme(summary: any, madeAt: Date): string {
  const lines = [
    `Gegevens over ${summary.burger.naam}, vastgelegd door de gemeente (inzageverzoek, AVG artikel 15).`,
    `Samengesteld op ${formatDutchDate(madeAt)}.`,
    '',
    'In dit archief:',
    '- overzicht.json: alle gegevens hieronder, volledig;',
    '- brieven/: elke brief zoals bewaard; een ondertekende brief precies zoals hij is ondertekend (met de PDF/A als die er is);',
    summary.burger.foto ? `- ${summary.burger.foto}: de foto voor de recepties.` : '- geen foto.',
    '',
    `Incidenten (${summary.incidenten.length}):`,
    ...summary.incidenten.map((i: any) => `- ${i.kenmerk}: ${i.gedrag}, ${i.kanaal}, ${formatDutchDate(i.datum)}`),
    '',
    `Toegangsverboden (${summary.toegangsverboden.length}):`,
    ...summary.toegangsverboden.map((b: any) => `- bij ${b.incident}: ${b.status}${b.van ? `, van ${formatDutchDate(b.van)} tot en met ${formatDutchDate(b.totEnMet)}` : ''}`),
    '',
    `Brieven (${summary.brieven.length}):`,
    ...summary.brieven.map((l: any) => `- ${l.code} bij ${l.incident}: ${l.status}, ${l.file}`),
    '',
    `Wie wat met het dossier deed (audittrail, ${summary.auditTrail.length} regels): zie overzicht.json, auditTrail.`,
  ];
  return `${lines.join('\n')}\n`;
}
