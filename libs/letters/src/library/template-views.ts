import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class TemplateProblemView {
  @ApiProperty({ example: 'Het veld {burger.nam} bestaat niet. Bedoelt u burger.naam?' }) message: string;
  @ApiProperty({ type: String, nullable: true, example: 'hoofdtekst, alinea 4', description: 'Waar in de brief; leeg als het om de brief als geheel gaat' }) where: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Geachte {burger.nam},', description: 'De tekst rond het probleem' }) context: string | null;
}

export class LetterFieldView {
  @ApiProperty({ example: 'burger.naam' }) tag: string;
  @ApiProperty({ example: 'naam van de burger' }) description: string;
  @ApiProperty({ example: 'J. de Vries', description: 'Voorbeeldwaarde (tekst, of waar/onwaar bij een voorwaarde)' }) example: string;
  @ApiProperty({ description: 'Alleen sommige brieven hebben dit veld' }) optional: boolean;
  @ApiProperty({ description: 'Elke brief moet dit veld tonen' }) required: boolean;
  @ApiProperty({ description: 'De gepubliceerde versie gebruikt dit veld' }) used: boolean;
}

export class LetterUseView {
  @ApiProperty({ example: 'phone' }) model: string;
  @ApiProperty({ example: 'Telefonische agressie' }) modelName: string;
  @ApiProperty({ type: [String], example: ['telefonisch contact'], description: 'De kanalen die via dit model bij de brief uitkomen' }) channels: string[];
  @ApiProperty({ example: 'afdelingshoofd', description: 'Wie de brief ondertekent, volgens het model' }) signer: string;
}

export class PublicationView {
  @ApiProperty({ example: 3, description: 'Het volgnummer van de publicatie' }) number: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: Date;
  @ApiProperty({ type: String, nullable: true, example: 'Fatima Bakker' }) publishedByName: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'TC3.docx', description: 'Het bestand waaruit de versie bij het starten is gelezen' }) sourceFile: string | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Bij een terugzetting: de publicatie waarvan de versie opnieuw is gepubliceerd' }) restores: number | null;
}

export class TemplateVersionView {
  @ApiProperty() sha256: string;
  @ApiProperty({ format: 'date-time', description: 'Wanneer de versie werd opgeslagen' }) storedAt: Date;
  @ApiProperty({ type: String, nullable: true, example: 'Fatima Bakker' }) uploadedByName: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'TC3.docx' }) sourceFile: string | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'De publicatie waarop de upload was gebaseerd' }) basedOn: number | null;
  @ApiProperty({ type: [Number], description: 'De publicaties van deze versie; leeg voor een concept' }) publishedAs: number[];
}

export class RefusedTemplateFileView {
  @ApiProperty({ example: 'TC3.docx' }) file: string;
  @ApiProperty({ type: [TemplateProblemView] }) problems: TemplateProblemView[];
}

export class LetterTemplateView {
  @ApiProperty({ example: 'TC3' }) code: string;
  @ApiProperty({ example: 'Waarschuwing na discriminatie of bedreiging aan de telefoon (1e keer)' }) purpose: string;
  @ApiProperty({ description: 'Een besluit waartegen bezwaar mogelijk is: de brief moet de bezwaarclausule bevatten' }) decision: boolean;
  @ApiProperty({ type: [String], example: ['receptie'], description: 'Rollen aan wie de ondertekende brief is gericht' }) addressees: string[];
  @ApiProperty({ type: [LetterUseView], description: 'Waar de in gebruik genomen modellen de brief opstellen' }) uses: LetterUseView[];
  @ApiProperty({ type: PublicationView, nullable: true, description: 'De versie die nieuwe brieven gebruiken' }) live: PublicationView | null;
  @ApiProperty({ type: RefusedTemplateFileView, nullable: true, description: 'Het bestand in letter-templates/ dat bij de laatste start is geweigerd' }) refusedFile: RefusedTemplateFileView | null;
  @ApiProperty({ description: 'Opgeslagen versies die nog niet zijn gepubliceerd' }) drafts: number;
}

export class LetterTemplateDetailView extends LetterTemplateView {
  @ApiProperty({ type: [LetterFieldView] }) fields: LetterFieldView[];
  @ApiProperty({ type: [TemplateVersionView], description: 'Elke opgeslagen versie, nieuwste eerst' }) versions: TemplateVersionView[];
  @ApiProperty({ type: [PublicationView], description: 'Elke publicatie, nieuwste eerst' }) publications: PublicationView[];
  @ApiProperty({ type: [String], example: ['voorbeeldwaarden', 'TC3.sample.json'], description: 'De voorbeeldgegevens waarmee de brief wordt getest en bekeken' }) samples: string[];
  @ApiProperty({ description: 'Of de service brieven als PDF kan maken (LibreOffice is geïnstalleerd)' }) pdfAvailable: boolean;
}

export class StaleBaseView {
  @ApiProperty({ example: 2, description: 'De publicatie waarop de upload was gebaseerd' }) basedOn: number;
  @ApiProperty({ type: PublicationView, description: 'De publicatie die intussen in gebruik is' }) newest: PublicationView;
}

export class UploadedVersionView {
  @ApiProperty({ type: TemplateVersionView }) version: TemplateVersionView;
  @ApiProperty({ type: StaleBaseView, nullable: true, description: 'Gezet als intussen een andere versie is gepubliceerd dan die waarop de upload was gebaseerd' }) stale: StaleBaseView | null;
}

export class PublishDto {
  @ApiProperty({ required: false, example: 'Zin over vervolgstappen verduidelijkt' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;

  @ApiProperty({ required: false, description: 'Publiceer ook als intussen een andere versie is gepubliceerd dan die waarop deze was gebaseerd' })
  @IsOptional()
  @IsBoolean()
  confirmStale?: boolean;
}

export class RestoreDto {
  @ApiProperty({ required: false, example: 'Terug naar de vorige tekst' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}

export class DiffPartView {
  @ApiProperty({ enum: ['same', 'added', 'removed'] }) kind: 'same' | 'added' | 'removed';
  @ApiProperty() text: string;
}

export class TemplateDiffView {
  @ApiProperty({ type: [DiffPartView], description: 'De tekst van de brief, per alinea: gelijk, toegevoegd of verwijderd' }) parts: DiffPartView[];
}

export class TemplatePreviewView {
  @ApiProperty({ example: 'TC3.sample.json' }) data: string;
  @ApiProperty({ type: [String], description: 'De tekst van de ingevulde brief, per alinea' }) paragraphs: string[];
  @ApiProperty({ type: [String], description: 'Velden die het incident niet vult en die met hun voorbeeldwaarde zijn ingevuld' }) filledWithExamples: string[];
}
