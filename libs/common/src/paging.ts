import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_OFFSET } from './validation';

/** A list query's `limit`: how many per page, 1 to `max`; the property's initial value is the default. */
export function PageSize(max: number, fallback: number, description: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ required: false, minimum: 1, maximum: max, default: fallback, description }), IsOptional(), Type(() => Number), IsInt(), Min(1), Max(max));
}

/** A list query's `offset`: where the page starts, 0 to MAX_OFFSET. */
export function PageOffset(description: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ required: false, minimum: 0, maximum: MAX_OFFSET, default: 0, description }), IsOptional(), Type(() => Number), IsInt(), Min(0), Max(MAX_OFFSET));
}
