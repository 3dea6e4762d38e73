import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsNumber, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import { FormDefinition } from '@ap/workflow-runtime';

/** Material damage (7.5) is recovered from the citizen by the municipality: what, how much, which claim. */
export class DamageRecoveryForm {
  @ApiProperty({ description: 'Is er materiële schade?' })
  @IsBoolean()
  materialDamage: boolean;

  @ApiPropertyOptional({ description: 'Omschrijving van de schade (verplicht bij schade)' })
  @ValidateIf((f: DamageRecoveryForm) => f.materialDamage === true)
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ description: 'Schadebedrag in euro (verplicht bij schade)', example: 450.0 })
  @ValidateIf((f: DamageRecoveryForm) => f.materialDamage === true)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  amount?: number;

  @ApiPropertyOptional({ description: 'Kenmerk van de schadevordering aan de burger (verplicht bij schade)' })
  @ValidateIf((f: DamageRecoveryForm) => f.materialDamage === true)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  claimReference?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export const damageRecoveryForm: FormDefinition<DamageRecoveryForm> = {
  key: 'damage-recovery',
  title: 'Materiële schade verhalen',
  dto: DamageRecoveryForm,
};
