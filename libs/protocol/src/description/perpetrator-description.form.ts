import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { FormDefinition } from '@ap/workflow-runtime';
import { Choice, NotBlank } from '@ap/common';

/**
 * Violence against persons (5.5): the employee does not resist but observes, so the aangifte can
 * describe the perpetrator. The fields follow the source's list.
 */
export class PerpetratorDescriptionForm {
  @ApiProperty({ enum: ['man', 'vrouw', 'onbekend'], description: 'Geslacht' })
  @Choice({ man: 'Man', vrouw: 'Vrouw', onbekend: 'Onbekend' })
  sex: 'man' | 'vrouw' | 'onbekend';

  @ApiProperty({ description: 'Lengte, bv. "ongeveer 1,85 m"' })
  @IsString()
  @NotBlank()
  @MaxLength(100)
  height: string;

  @ApiProperty({ description: 'Kleding' })
  @IsString()
  @NotBlank()
  @MaxLength(1000)
  clothing: string;

  @ApiProperty({ description: 'Taalgebruik, accent of dialect' })
  @IsString()
  @NotBlank()
  @MaxLength(1000)
  language: string;

  @ApiPropertyOptional({ description: 'Wapen, als er een was' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  weapon?: string;

  @ApiPropertyOptional({ description: 'Littekens, tatoeages en andere kenmerken' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  features?: string;

  @ApiPropertyOptional({ description: 'Wat onder dwang is toegezegd of verstrekt (wordt in de aangifte genoemd zodat het nietig verklaard kan worden)' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  grantedUnderDuress?: string;
}

export const perpetratorDescriptionForm: FormDefinition<PerpetratorDescriptionForm> = {
  key: 'perpetrator-description',
  title: 'Signalement van de dader',
  subject: 'incident',
  dto: PerpetratorDescriptionForm,
};
