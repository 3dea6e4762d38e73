import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** A visit as the employee puts it in the shared calendar (5.6): where, to whom, when and how long. */
export class PlanHomeVisitDto {
  @ApiProperty({ example: 'Kerkstraat 12, 1234 AB Voorbeeldstad' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  address: string;

  @ApiProperty({ example: 'J. de Vries', description: 'Naam van de burger of het bedrijf' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  visitedName: string;

  @ApiPropertyOptional({ example: '06 12345678' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  visitedPhone?: string;

  @ApiProperty({ example: 'Controle bouwwerk' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  purpose: string;

  @ApiProperty({ example: '2026-11-24T10:00:00+01:00' })
  @IsISO8601({ strict: true })
  plannedStart: string;

  @ApiProperty({ example: 60, description: 'Verwachte duur in minuten' })
  @IsInt()
  @Min(5)
  @Max(600)
  plannedMinutes: number;
}
