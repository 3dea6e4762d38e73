import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNumber, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { FormDefinition } from '@ap/workflow-runtime';
import { NotBlank, RequiredWhen } from '@ap/common';

/** Material damage (7.5) is recovered from the citizen by the municipality: what, how much, which claim. */
export class DamageRecoveryForm {
  @ApiProperty({ description: 'Is er materiële schade?' })
  @IsBoolean()
  materialDamage: boolean;

  @ApiPropertyOptional({ description: 'Omschrijving van de schade' })
  @RequiredWhen('materialDamage', true)
  @IsString()
  @NotBlank()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({ description: 'Schadebedrag in euro', example: 450.0 })
  @RequiredWhen('materialDamage', true)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  amount?: number;

  @ApiPropertyOptional({ description: 'Kenmerk van de schadevordering aan de burger' })
  @RequiredWhen('materialDamage', true)
  @IsString()
  @NotBlank()
  @MaxLength(100)
  claimReference?: string;

  @ApiPropertyOptional({ description: 'Toelichting' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

export const damageRecoveryForm: FormDefinition<DamageRecoveryForm> = {
  key: 'damage-recovery',
  title: 'Materiële schade verhalen',
  subject: 'incident',
  dto: DamageRecoveryForm,
};
