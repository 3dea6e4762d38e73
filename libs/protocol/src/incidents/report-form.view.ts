import { ApiProperty } from '@nestjs/swagger';
import { REPORT_SECTION_KEYS } from './report-sections';

export class ReportOption {
  @ApiProperty({ example: 'threat' }) key: string;
  @ApiProperty({ example: 'bedreiging' }) label: string;
}

export class ReportBehaviour {
  @ApiProperty({ example: 'threat' }) key: string;
  @ApiProperty({ example: 'bedreiging' }) label: string;
  @ApiProperty({ type: [ReportOption], description: 'De categorieën waarmee een melding van dit gedrag op dit kanaal dit protocol start' }) categories: ReportOption[];
}

/** A protocol a report on the channel can start, with the behaviours that start it: a cell of the routing table per behaviour and category. */
export class ReportProtocol {
  @ApiProperty({ example: 'violence', description: 'Het procesmodel' }) key: string;
  @ApiProperty({ example: 'Geweld tegen mensen (protocol 5.5)' }) name: string;
  @ApiProperty({ type: [ReportBehaviour] }) behaviours: ReportBehaviour[];
}

export class ReportSectionCase {
  @ApiProperty({ example: 'violence' }) behaviour: string;
  @ApiProperty({ type: [String], example: ['III'], description: 'De categorieën waarbij het onderdeel met dit gedrag opent' }) categories: string[];
}

/** A part of the report, and when and for whom: the task with its form opens at the start for these behaviours and categories. */
export class ReportSectionView {
  @ApiProperty({ enum: REPORT_SECTION_KEYS, example: 'perpetrator' }) key: string;
  @ApiProperty({ type: [ReportOption], description: 'De rollen die het onderdeel invullen (de kandidaatgroepen van de taak); wie geen van deze rollen heeft, laat het leeg en het komt als taak bij hen' })
  roles: ReportOption[];
  @ApiProperty({ type: [ReportSectionCase], description: 'Het gedrag en de categorieën waarbij het procesmodel de taak bij de start opent' })
  behaviours: ReportSectionCase[];
}

export class ReportChannel {
  @ApiProperty({ example: 'counter' }) key: string;
  @ApiProperty({ example: 'agressie aan de balie of in de spreekkamer' }) label: string;
  @ApiProperty({ type: [ReportProtocol], description: 'De protocollen die een melding op dit kanaal start, volgens de startregels van de procesmodellen' }) protocols: ReportProtocol[];
  @ApiProperty({
    type: [ReportSectionView],
    description: 'Onderdelen die bij de start als taak openen, in het procesmodel van dit kanaal of een dat het aanroept, en die met de melding kunnen worden ingevuld',
  })
  sections: ReportSectionView[];
}

export class PhotoRules {
  @ApiProperty({ example: 2097152, description: 'Hoogstens zoveel bytes' }) maxBytes: number;
  @ApiProperty({ type: [String], example: ['image/jpeg', 'image/png'] }) types: string[];
}

/** Everything the report form needs: the channels in use and what each takes, its fields, and the photo rules. */
export class ReportFormView {
  @ApiProperty({ type: [ReportChannel], description: 'De kanalen waarvoor een procesmodel in gebruik is' }) channels: ReportChannel[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'De velden van de melding als JSON Schema, met de formulieren van de onderdelen onder definitions' })
  schema: Record<string, unknown>;
  @ApiProperty({ type: PhotoRules, description: 'Een foto voor de receptie (PUT /api/citizens/:id/photo)' }) photo: PhotoRules;
}
