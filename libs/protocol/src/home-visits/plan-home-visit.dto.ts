import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Label, NotBlank } from '@ap/common';

/** A visit as the employee puts it in the shared calendar (5.6): where, to whom, when and how long. */
export class PlanHomeVisitDto {
  @ApiProperty({ example: 'Kerkstraat 12, 1234 AB Voorbeeldstad' })
  @Label('Adres', 'Straat, huisnummer en plaats van het bezoek')
  @IsString()
  @NotBlank()
  @MaxLength(300)
  address: string;

  @ApiProperty({ example: 'J. de Vries', description: 'Naam van de burger of het bedrijf' })
  @Label('Wie bezoekt u?', 'Naam van de burger of het bedrijf')
  @IsString()
  @NotBlank()
  @MaxLength(200)
  visitedName: string;

  @ApiPropertyOptional({ example: '06 12345678' })
  @Label('Telefoonnummer van wie u bezoekt', 'Uw collega belt dit nummer als u niet bereikbaar bent')
  @IsOptional()
  @IsString()
  @MaxLength(50)
  visitedPhone?: string;

  @ApiProperty({ example: 'Controle bouwwerk' })
  @Label('Doel van het bezoek')
  @IsString()
  @NotBlank()
  @MaxLength(500)
  purpose: string;

  @ApiProperty({ example: '2026-11-24T10:00:00+01:00' })
  @Label('Begin van het bezoek', 'Alleen op werkdagen tussen 8.30 en 17.00 uur')
  @IsISO8601({ strict: true })
  plannedStart: string;

  @ApiProperty({ example: 60, description: 'Verwachte duur in minuten' })
  @Label('Verwachte duur in minuten')
  @IsInt()
  @Min(5)
  @Max(600)
  plannedMinutes: number;
}
